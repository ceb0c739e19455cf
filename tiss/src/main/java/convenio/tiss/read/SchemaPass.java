package convenio.tiss.read;

import convenio.i18n.Messages;
import convenio.tiss.ReadOptions;
import convenio.tiss.TissProblem;
import convenio.tiss.TissRelease;
import convenio.tiss.xml.Errors;
import convenio.tiss.xml.ObservingReader;
import convenio.tiss.xml.SafeXml;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Validation of any TISS message on its own (no reading into the model), streaming, through the safe reader. */
public final class SchemaPass {
  private static final Messages M = Messages.of(SchemaPass.class, "convenio.tiss.read.messages");

  private SchemaPass() {}

  /** @param against the release to validate against, or null for the message's own Padrao */
  public static List<TissProblem> run(InputStream raw, TissRelease against) {
    SafeXml.Opened opened = SafeXml.open(raw, ReadOptions.DEFAULT_MAX_TEXT_CHARS);
    Problems problems = new Problems(null, Integer.MAX_VALUE);
    TissRelease release = against != null ? against : TissRelease.of(opened.padrao()).orElse(null);
    if (release == null) {
      problems.report(TissProblem.error(TissProblem.Kind.MESSAGE, 0, 0, null,
          opened.padrao() == null || opened.padrao().isBlank() ? M.get("schema.no.padrao")
              : M.get("schema.not.kept", opened.padrao())));
    }
    ReadContext ctx = new ReadContext(release != null ? release : TissRelease.CURRENT, opened.padrao(), problems);
    ObservingReader r = new ObservingReader(SafeXml.streamReader(opened.stream()), ReadOptions.DEFAULT_MAX_TEXT_CHARS);
    ctx.attach(r);
    try {
      // Without a schema the message is still parsed through the safe reader: hostile input is refused alike.
      if (release != null) r.observe(new SchemaForwarder(ctx, release));
      r.start();
      while (r.hasNext()) r.next();
      r.close();
    } catch (XMLStreamException e) {
      throw Errors.fatal(e);
    }
    return problems.kept();
  }
}
