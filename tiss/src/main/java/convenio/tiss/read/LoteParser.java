package convenio.tiss.read;

import convenio.i18n.Messages;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Provider;
import convenio.tiss.HashCheck;
import convenio.tiss.LoteHeader;
import convenio.tiss.LoteSummary;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a lote de guias one guide at a time, in one pass and constant memory: the parsing loop walks the envelope
 * itself and hands each guide element to the binding, while the observers hash, validate and check codes on the
 * same events. Pull-based ({@link #next()}), so that both a callback and an iterator can sit on top.
 */
public final class LoteParser implements AutoCloseable {
  private static final Messages M = Messages.of(LoteParser.class, "convenio.tiss.read.messages");
  private final ReadContext ctx;
  private final ObservingReader reader;
  private final HashCollector hash = new HashCollector();
  private final TissBinding.GuideReader guides;
  private final boolean validated;
  private final Consumer<LoteHeader> headerListener;

  private String sequence;
  private LocalDate sentOn;
  private String operatorAns;
  private String providerCode;
  private String providerCnpj;
  private String providerCpf;
  private String loteNumber;
  private LoteHeader header;
  private int read;
  private int skipped;
  private boolean finished;
  private LoteSummary summary;

  public LoteParser(InputStream raw, ReadOptions options, Consumer<TissProblem> problemListener,
      Consumer<LoteHeader> headerListener) {
    this(raw, options, problemListener, headerListener, null);
  }

  /** With the binding given rather than the one for the message's release (null): to compare two ways of binding. */
  public LoteParser(InputStream raw, ReadOptions options, Consumer<TissProblem> problemListener,
      Consumer<LoteHeader> headerListener, TissBinding binding) {
    this.headerListener = headerListener;
    SafeXml.Opened opened = SafeXml.open(raw, options.maxTextChars());
    Problems problems = new Problems(problemListener, options.keepProblems());
    TissRelease release = TissRelease.of(opened.padrao()).orElse(TissRelease.CURRENT);
    this.ctx = new ReadContext(release, opened.padrao(), problems);
    this.reader = new ObservingReader(SafeXml.streamReader(opened.stream()), options.maxTextChars());
    ctx.attach(reader);
    boolean knownRelease = TissRelease.of(opened.padrao()).isPresent();
    this.validated = options.validate() && knownRelease;
    try {
      // The schema first: when it and a later check see the same bad value, its message is the one kept.
      if (validated) reader.observe(new SchemaForwarder(ctx, release));
      reader.observe(new DomainChecker(ctx)).observe(new LegacyNames(ctx)).observe(hash).start();
    } catch (XMLStreamException e) {
      throw Errors.fatal(e);
    }
    this.guides = (binding != null ? binding : TissBinding.forReading(release)).guideReader(ctx);
    if (opened.padrao() == null || opened.padrao().isBlank()) {
      problems.report(TissProblem.error(TissProblem.Kind.MESSAGE, 0, 0, null,
          M.get(options.validate() ? "padrao.missing.unvalidated" : "padrao.missing", release.padrao())));
    } else if (!knownRelease) {
      problems.report(TissProblem.warning(TissProblem.Kind.MESSAGE, 0, 0, null, M.get(options.validate()
          ? "padrao.unknown.unvalidated" : "padrao.unknown", opened.padrao(), release.padrao())));
    }
  }

  /** The next guide, or null when the lote has no more. */
  public Guide next() {
    try {
      while (!finished && reader.hasNext()) {
        int event = reader.getEventType();
        if (event == XMLStreamConstants.START_ELEMENT && "guiasTISS".equals(reader.parentName())) {
          // A guide (or a skipped one) is consumed whole: the reader is left on the event after it.
          Guide g = guideElement();
          if (g != null) return g;
          continue;
        }
        if (event == XMLStreamConstants.START_ELEMENT) envelope();
        else if (event == XMLStreamConstants.END_ELEMENT) headerField();
        else if (event == XMLStreamConstants.END_DOCUMENT) break;
        reader.next();
      }
      finish();
      return null;
    } catch (XMLStreamException e) {
      throw Errors.fatal(e);
    }
  }

  /** Checks the root and the message kind; notes where the guides start. */
  private void envelope() {
    String name = reader.getLocalName();
    int depth = reader.depth();
    if (depth == 1 && (!name.equals("mensagemTISS") || !HashCollector.TISS_NS.equals(reader.getNamespaceURI()))) {
      throw new TissException(M.get("not.tiss.namespace", name, reader.getNamespaceURI()), reader.line(),
          reader.column(), null);
    }
    if (depth == 2 && name.equals("operadoraParaPrestador")) {
      throw new TissException(M.get("not.lote.operator"), reader.line(), reader.column(), null);
    }
    if (depth == 3 && "prestadorParaOperadora".equals(reader.parentName()) && !name.equals("loteGuias")) {
      throw new TissException(M.get("not.lote", name), reader.line(), reader.column(),
          null);
    }
    if (name.equals("guiasTISS") && "loteGuias".equals(reader.parentName())) deliverHeader();
  }

  /** Reads the guide element at the reader; null when it was skipped or is not a guide this binding reads. */
  private Guide guideElement() throws XMLStreamException {
    String name = reader.getLocalName();
    int depth = reader.depth();
    GuideType type = guides.typeOf(name);
    if (type == null) {
      ctx.report(TissProblem.Severity.WARNING, TissProblem.Kind.MESSAGE, M.get("guide.kind.skipped", name));
      reader.skipToEndOf(depth);
      return null;
    }
    return guide(type, depth);
  }

  private Guide guide(GuideType type, int depth) throws XMLStreamException {
    ctx.beginGuide(reader.line(), reader.column());
    ctx.problems().hold();
    try {
      Guide g = guides.read(type);
      reportIssues(null, ctx.guideNumber());
      read++;
      return g;
    } catch (GuideSkipped s) {
      skip(s.element(), s.getMessage(), depth);
      return null;
    } catch (TissException e) {
      throw e;
    } catch (RuntimeException e) {
      skip(null, M.get("guide.unbound", e), depth);
      return null;
    } finally {
      ctx.endGuide();
      ctx.problems().release();
    }
  }

  /**
   * Reports a guide that cannot be read, once: the binding issue on the element at fault (if there is one) becomes
   * the reason, the other issues are reported as they are. The reader is moved past the guide if it is still in it.
   */
  private void skip(String element, String reason, int depth) throws XMLStreamException {
    String number = ctx.guideNumber();
    ReadContext.BindingIssue cause = reportIssues(element, number);
    skipped++;
    String why = cause == null ? reason : M.get("guide.skipped.cause", reason,
        cause.message().replace(" (ignored)", "").replace(M.get("ignored"), ""), cause.line() + ":" + cause.column());
    String message = number != null ? M.get("guide.skipped", number, why) : M.get("guide.skipped.unnumbered", why);
    ctx.problems().report(TissProblem.error(TissProblem.Kind.GUIDE_SKIPPED, ctx.guideLine(), ctx.guideColumn(),
        number, message));
    if (reader.depth() >= depth && reader.hasNext()) reader.skipToEndOf(depth);
  }

  /** Reports the binding issues of the guide just read; returns (without reporting) the one on {@code element}. */
  private ReadContext.BindingIssue reportIssues(String element, String number) {
    ReadContext.BindingIssue cause = null;
    for (ReadContext.BindingIssue i : ctx.issues()) {
      if (cause == null && element != null && element.equals(i.element())) {
        cause = i;
        continue;
      }
      ctx.problems().report(TissProblem.warning(i.kind(), i.line(), i.column(), number, i.message()));
    }
    return cause;
  }

  /** The envelope values an Account carries, taken as their elements end. */
  private void headerField() {
    String text = reader.leafText();
    if (text == null || ctx.inGuide()) return;
    String name = reader.currentName();
    String parent = reader.parentName();
    String value = text.strip();
    switch (name) {
      case "sequencialTransacao" -> sequence = value;
      case "dataRegistroTransacao" -> {
        try {
          sentOn = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          ctx.report(TissProblem.Severity.WARNING, TissProblem.Kind.BAD_VALUE,
              M.get("bad.date", value));
        }
      }
      case "registroANS" -> {
        if ("destino".equals(parent)) operatorAns = value;
      }
      case "CNPJ", "CPF", "codigoPrestadorNaOperadora" -> {
        if ("identificacaoPrestador".equals(parent) && "origem".equals(reader.ancestor(2))) {
          if (name.equals("CNPJ")) providerCnpj = value;
          else if (name.equals("CPF")) providerCpf = value;
          else providerCode = value;
        }
      }
      case "numeroLote" -> {
        if ("loteGuias".equals(parent)) loteNumber = value;
      }
      default -> { }
    }
  }

  private void deliverHeader() {
    if (header != null) return;
    Provider provider = providerCode == null && providerCnpj == null && providerCpf == null ? null
        : new Provider(providerCode, providerCnpj, providerCpf, null, null);
    header = new LoteHeader(ctx.padrao(), loteNumber, sequence, sentOn, operatorAns, provider);
    if (headerListener != null) headerListener.accept(header);
  }

  private void finish() throws XMLStreamException {
    if (finished) return;
    while (reader.hasNext()) reader.next(); // the epilogo: the hash, the end of validation
    finished = true;
    if (header == null) {
      deliverHeader();
      ctx.problems().report(TissProblem.error(TissProblem.Kind.MESSAGE, 0, 0, null,
          M.get("no.guides")));
    }
    HashCheck h = HashReport.report(hash, ctx.problems());
    Problems p = ctx.problems();
    p.finish();
    summary = new LoteSummary(header, ctx.release(), validated, read, skipped, p.errors(), p.warnings(), p.kept(), h);
  }

  /** Available once {@link #next()} returned null. */
  public LoteSummary summary() {
    if (summary == null) throw new IllegalStateException("the lote has not been read to its end");
    return summary;
  }

  /** The header, once the first guide was reached (or the end). */
  public LoteHeader header() {
    return header;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // closing a reader over a stream we do not own: nothing to report
    }
  }
}
