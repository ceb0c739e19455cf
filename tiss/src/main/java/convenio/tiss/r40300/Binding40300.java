package convenio.tiss.r40300;

import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.PricingResult;
import convenio.tiss.AnaliseConta;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.RecursoHeader;
import convenio.tiss.RecursoItem;
import convenio.tiss.RecursoGuiaCompleta;
import convenio.tiss.RecursoProtocolo;
import convenio.tiss.TissBinding;
import convenio.tiss.TissException;
import convenio.tiss.TissMessages;
import convenio.tiss.TissProblem;
import convenio.tiss.read.GuideSkipped;
import convenio.tiss.read.LegacyNames;
import convenio.tiss.read.ReadContext;
import convenio.tiss.v40300.CtmConsultaGuia;
import convenio.tiss.v40300.CtmHonorarioIndividualGuia;
import convenio.tiss.v40300.CtmInternacaoResumoGuia;
import convenio.tiss.v40300.CtmSpSadtGuia;
import convenio.tiss.v40300.MensagemTISS;
import convenio.tiss.v40300.ObjectFactory;
import convenio.tiss.xml.ObservingReader;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** The TISS 4.03.00 binding: generated classes in {@code convenio.tiss.v40300}, mapped to and from the model. */
public final class Binding40300 implements TissBinding {
  public static final Binding40300 INSTANCE = new Binding40300();
  static final String RELEASE = "4.03.00";

  private Binding40300() {}

  /**
   * Built once (it is expensive and thread-safe); unmarshallers and marshallers are made per message. The Glassfish
   * runtime stops reporting events after {@code maxErrorsCount} (10 by default) and keeps that count in a static
   * field that every new unmarshaller resets: the limit is raised here to one no lote reaches, so that the 11th
   * unknown element of a lote is reported like the first.
   */
  private static final class Context {
    static final JAXBContext JAXB;

    static {
      try {
        JAXB = JAXBContext.newInstance(new Class<?>[] {ObjectFactory.class},
            Map.of("org.glassfish.jaxb.maxErrorsCount", Integer.MAX_VALUE));
      } catch (JAXBException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  static JAXBContext jaxb() {
    return Context.JAXB;
  }

  @Override
  public String release() {
    return RELEASE;
  }

  @Override
  public GuideReader guideReader(ReadContext ctx) {
    return new Reader(ctx);
  }

  private static final class Reader implements GuideReader {
    private final ReadContext ctx;
    private final GuideMapper mapper;
    private Unmarshaller unmarshaller;
    private final ActiveCoordinator coordinator = new ActiveCoordinator();

    Reader(ReadContext ctx) {
      this.ctx = ctx;
      this.mapper = new GuideMapper(ctx);
    }

    /** One per message, reused guide after guide (a reader of one message runs on one thread). */
    private Unmarshaller unmarshaller() throws JAXBException {
      if (unmarshaller == null) {
        unmarshaller = jaxb().createUnmarshaller();
        unmarshaller.setEventHandler(event -> {
          record(ctx, event);
          return true; // keep going: a bad value or unknown element is a problem, not the end of the guide
        });
      }
      return unmarshaller;
    }

    @Override
    public GuideType typeOf(String elementName) {
      return switch (elementName) {
        case "guiaSP-SADT" -> GuideType.SP_SADT;
        case "guiaResumoInternacao" -> GuideType.RESUMO_INTERNACAO;
        case "guiaHonorarios" -> GuideType.HONORARIOS;
        case "guiaConsulta" -> GuideType.CONSULTA;
        default -> null;
      };
    }

    @Override
    public Guide read(GuideType type) throws GuideSkipped, XMLStreamException {
      coordinator.enter();
      try {
        ObservingReader r = ctx.reader();
        Unmarshaller unmarshaller = unmarshaller();
        return switch (type) {
          case SP_SADT -> mapper.spSadt(unmarshaller.unmarshal(r, CtmSpSadtGuia.class).getValue());
          case RESUMO_INTERNACAO ->
              mapper.resumoInternacao(unmarshaller.unmarshal(r, CtmInternacaoResumoGuia.class).getValue());
          case HONORARIOS -> mapper.honorarios(unmarshaller.unmarshal(r, CtmHonorarioIndividualGuia.class).getValue());
          case CONSULTA -> mapper.consulta(unmarshaller.unmarshal(r, CtmConsultaGuia.class).getValue());
        };
      } catch (JAXBException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (cause instanceof XMLStreamException xse) throw xse;
        if (cause instanceof RuntimeException re) throw re;
        throw new GuideSkipped(null, "the guide could not be bound: " + e.getMessage());
      } finally {
        coordinator.exit();
      }
    }
  }

  /**
   * Turns a JAXB event into a binding issue named by the element it was on: an element the 4.03.00 classes do not
   * have, or a value that does not convert (an empty time, a malformed date or number). The 3.x names that are
   * captured from the raw stream instead are not complained about.
   */
  static void record(ReadContext ctx, ValidationEvent event) {
    ObservingReader r = ctx.reader();
    String element = r.currentName();
    String parent = r.parentName();
    int line = event.getLocator() != null && event.getLocator().getLineNumber() > 0
        ? event.getLocator().getLineNumber() : r.line();
    int column = event.getLocator() != null && event.getLocator().getLineNumber() > 0
        ? event.getLocator().getColumnNumber() : r.column();
    String msg = event.getMessage() == null ? "" : event.getMessage();
    if (event.getLinkedException() == null && msg.toLowerCase().contains("limit")) {
      ctx.issue(new ReadContext.BindingIssue(TissProblem.Kind.MESSAGE, line, column, element,
          "the binding stopped reporting problems here (" + msg + ")"));
    } else if (msg.startsWith("unexpected element")) {
      if (legacy3x(ctx) && LegacyNames.captured(element, parent)) return;
      ctx.issue(new ReadContext.BindingIssue(TissProblem.Kind.UNKNOWN_ELEMENT, line, column, element,
          "unknown element " + element + (parent != null ? " in " + parent : "") + " (not in TISS " + RELEASE
              + "; ignored)"));
    } else {
      String text = r.leafText();
      String value = text == null ? "" : text.strip();
      ctx.issue(new ReadContext.BindingIssue(TissProblem.Kind.BAD_VALUE, line, column, element,
          element + ": " + (value.isEmpty() ? "an empty value" : "'" + abbreviate(value) + "'")
              + " is not a valid " + typeWord(element) + " (ignored)"));
    }
  }

  /** A 3.x message, by what it declares (also 3.0x releases whose schema is not kept, read as 4.03.00). */
  private static boolean legacy3x(ReadContext ctx) {
    return ctx.padrao() != null && ctx.padrao().strip().startsWith("3.");
  }

  /** What a value of this element should be, in words, from the element name's TISS conventions. */
  private static String typeWord(String element) {
    if (element == null) return "value";
    String e = element.toLowerCase();
    if (e.startsWith("hora")) return "time (hh:mm:ss)";
    if (e.startsWith("data")) return "date (yyyy-mm-dd)";
    if (e.startsWith("valor") || e.startsWith("quantidade") || e.startsWith("qtd") || e.startsWith("reducao")
        || e.startsWith("fator") || e.startsWith("sequencial")) {
      return "number";
    }
    return "value";
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  @Override
  public byte[] writeDemonstrativo(PricingResult result, DemonstrativoHeader header) {
    return new DemonstrativoXml(result, header).write();
  }

  /**
   * The same demonstrativo through the generated classes and the JAXB marshaller (built, marshalled, hashed,
   * marshalled again): slower, kept as the reference the one-pass writer is held to, byte for byte, by the tests.
   */
  static byte[] writeDemonstrativoWithJaxb(PricingResult result, DemonstrativoHeader header) {
    return Marshalling.withHash(new DemonstrativoBuilder(result, header).build());
  }

  @Override
  public byte[] writeRecurso(RecursoHeader header, List<RecursoItem> items, List<RecursoGuiaCompleta> wholeGuides) {
    return Marshalling.withHash(new RecursoBuilder(header, items, wholeGuides, null).build());
  }

  @Override
  public byte[] writeRecursoProtocolo(RecursoHeader header, RecursoProtocolo protocol) {
    return Marshalling.withHash(new RecursoBuilder(header, List.of(), List.of(), protocol).build());
  }

  @Override
  public List<AnaliseConta> readAnaliseConta(ReadContext ctx) throws XMLStreamException {
    return AnaliseMapper.map(message(ctx, "demonstrativo"));
  }

  @Override
  public TissMessages.Recurso readRecurso(ReadContext ctx) throws XMLStreamException {
    return MessageMapper.recurso(message(ctx, "recurso"));
  }

  @Override
  public TissMessages.Resposta readResposta(ReadContext ctx) throws XMLStreamException {
    return MessageMapper.resposta(message(ctx, "resposta"));
  }

  @Override
  public TissMessages.Pagamento readPagamento(ReadContext ctx) throws XMLStreamException {
    return MessageMapper.pagamento(message(ctx, "demonstrativo de pagamento"));
  }

  /** The whole message at the reader's root start tag, binding issues reported as warnings. */
  private MensagemTISS message(ReadContext ctx, String what) throws XMLStreamException {
    try {
      Unmarshaller u = jaxb().createUnmarshaller();
      u.setEventHandler(event -> {
        record(ctx, event);
        return true;
      });
      MensagemTISS m = u.unmarshal(ctx.reader(), MensagemTISS.class).getValue();
      for (ReadContext.BindingIssue i : ctx.issues()) {
        ctx.problems().report(TissProblem.warning(i.kind(), i.line(), i.column(), null, i.message()));
      }
      return m;
    } catch (JAXBException e) {
      Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
      if (cause instanceof XMLStreamException xse) throw xse;
      if (cause instanceof RuntimeException re) throw re;
      throw new TissException("the " + what + " could not be bound: " + e.getMessage(), e);
    }
  }
}
