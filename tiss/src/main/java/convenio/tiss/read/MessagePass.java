package convenio.tiss.read;

import convenio.i18n.Messages;
import convenio.tiss.HashCheck;
import convenio.tiss.MessageReader;
import convenio.tiss.ReadOptions;
import convenio.tiss.TissBinding;
import convenio.tiss.TissException;
import convenio.tiss.TissProblem;
import convenio.tiss.TissRelease;
import convenio.tiss.xml.Errors;
import convenio.tiss.xml.HashCollector;
import convenio.tiss.xml.ObservingReader;
import convenio.tiss.xml.SafeXml;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;

/** Reads one small message bound whole (recurso, resposta, pagamento) with the same safe reader and observers. */
public final class MessagePass {
  private static final Messages M = Messages.of(MessagePass.class, "convenio.tiss.read.messages");
  private MessagePass() {}

  /** Binds the message with the binding of its release; null from {@code bind} means "not this kind". */
  public interface Bind<T> {
    T bind(TissBinding binding, ReadContext ctx) throws XMLStreamException;
  }

  public static <T> MessageReader.Result<T> run(InputStream raw, ReadOptions options, String kind, Bind<T> bind) {
    SafeXml.Opened opened = SafeXml.open(raw, options.maxTextChars());
    Problems problems = new Problems(null, options.keepProblems());
    boolean known = TissRelease.of(opened.padrao()).isPresent();
    TissRelease release = TissRelease.of(opened.padrao()).orElse(TissRelease.CURRENT);
    ReadContext ctx = new ReadContext(release, opened.padrao(), problems);
    ObservingReader r = new ObservingReader(SafeXml.streamReader(opened.stream()), options.maxTextChars());
    ctx.attach(r);
    HashCollector hash = new HashCollector();
    try {
      if (options.validate() && known) r.observe(new SchemaForwarder(ctx, release));
      r.observe(new DomainChecker(ctx)).observe(hash).start();
      if (!known) {
        problems.report(TissProblem.warning(TissProblem.Kind.MESSAGE, 0, 0, null, M.get("padrao.unknown", opened.padrao(),
            release.padrao())));
      }
      r.nextTag();
      if (!r.getLocalName().equals("mensagemTISS") || !HashCollector.TISS_NS.equals(r.getNamespaceURI())) {
        throw new TissException(M.get("not.tiss", r.getLocalName()), r.line(), r.column(), null);
      }
      T message = bind.bind(TissBinding.forReading(release), ctx);
      while (r.hasNext()) r.next();
      r.close();
      if (message == null) throw new TissException(M.get("not.message", kind));
      HashCheck h = HashReport.report(hash, problems);
      problems.finish();
      return new MessageReader.Result<>(message, problems.kept(), h);
    } catch (XMLStreamException e) {
      throw Errors.fatal(e);
    }
  }
}
