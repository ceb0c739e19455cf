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
import convenio.tiss.read.ReadContext;
import convenio.tiss.v40300.CtmConsultaGuia;
import convenio.tiss.v40300.CtmHonorarioIndividualGuia;
import convenio.tiss.v40300.CtmInternacaoResumoGuia;
import convenio.tiss.v40300.CtmSpSadtGuia;
import convenio.tiss.v40300.MensagemTISS;
import convenio.tiss.v40300.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** The TISS 4.03.00 binding: generated classes in {@code convenio.tiss.v40300}, mapped to and from the model. */
public final class Binding40300 implements TissBinding {
  public static final Binding40300 INSTANCE = new Binding40300(false);
  private static final Binding40300 JAXB_GUIDES = new Binding40300(true);
  static final String RELEASE = "4.03.00";

  private final boolean jaxbGuides;

  private Binding40300(boolean jaxbGuides) {
    this.jaxbGuides = jaxbGuides;
  }

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
    return new Reader(ctx, jaxbGuides);
  }

  /**
   * The binding whose guides are unmarshalled by JAXB, as they all were before {@link StaxGuides}: kept as the
   * reference the StAX-direct reading is held to, account for account and problem for problem, by the tests.
   */
  public static TissBinding withJaxbGuides() {
    return JAXB_GUIDES;
  }

  private static final class Reader implements GuideReader {
    private static final Shape SP_SADT = Shape.of(CtmSpSadtGuia.class);
    private static final Shape RESUMO_INTERNACAO = Shape.of(CtmInternacaoResumoGuia.class);
    private static final Shape HONORARIOS = Shape.of(CtmHonorarioIndividualGuia.class);
    private static final Shape CONSULTA = Shape.of(CtmConsultaGuia.class);

    private final ReadContext ctx;
    private final GuideMapper mapper;
    private final boolean jaxbGuides;
    private final StaxGuides stax;
    private Unmarshaller unmarshaller;
    private final ActiveCoordinator coordinator = new ActiveCoordinator();

    Reader(ReadContext ctx, boolean jaxbGuides) {
      this.ctx = ctx;
      this.mapper = new GuideMapper(ctx);
      this.jaxbGuides = jaxbGuides;
      this.stax = new StaxGuides(ctx, this::unmarshaller);
    }

    /** One per message, reused guide after guide (a reader of one message runs on one thread). */
    private Unmarshaller unmarshaller() throws JAXBException {
      if (unmarshaller == null) {
        unmarshaller = jaxb().createUnmarshaller();
        unmarshaller.setEventHandler(event -> {
          JaxbIssues.record(ctx, event);
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
        return switch (type) {
          case SP_SADT -> mapper.spSadt(bind(CtmSpSadtGuia.class, SP_SADT));
          case RESUMO_INTERNACAO -> mapper.resumoInternacao(bind(CtmInternacaoResumoGuia.class, RESUMO_INTERNACAO));
          case HONORARIOS -> mapper.honorarios(bind(CtmHonorarioIndividualGuia.class, HONORARIOS));
          case CONSULTA -> mapper.consulta(bind(CtmConsultaGuia.class, CONSULTA));
        };
      } catch (JAXBException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (cause instanceof XMLStreamException xse) throw xse;
        if (cause instanceof RuntimeException re) throw re;
        throw new GuideSkipped(null, Writing.M.get("bind.guide", e.getMessage()));
      } finally {
        coordinator.exit();
      }
    }

    /** The guide at the reader's start tag, in the generated class {@code type}. */
    private <T> T bind(Class<T> type, Shape shape) throws JAXBException, XMLStreamException {
      if (jaxbGuides) return unmarshaller().unmarshal(ctx.reader(), type).getValue();
      return type.cast(stax.read(shape));
    }
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
    return AnaliseMapper.map(message(ctx, "bind.what.demonstrativo"));
  }

  @Override
  public TissMessages.Recurso readRecurso(ReadContext ctx) throws XMLStreamException {
    return MessageMapper.recurso(message(ctx, "bind.what.recurso"));
  }

  @Override
  public TissMessages.Resposta readResposta(ReadContext ctx) throws XMLStreamException {
    return MessageMapper.resposta(message(ctx, "bind.what.resposta"));
  }

  @Override
  public TissMessages.Pagamento readPagamento(ReadContext ctx) throws XMLStreamException {
    return MessageMapper.pagamento(message(ctx, "bind.what.pagamento"));
  }

  /** The whole message at the reader's root start tag, binding issues reported as warnings; {@code what}: a key. */
  private MensagemTISS message(ReadContext ctx, String what) throws XMLStreamException {
    try {
      Unmarshaller u = jaxb().createUnmarshaller();
      u.setEventHandler(event -> {
        JaxbIssues.record(ctx, event);
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
      throw new TissException(Writing.M.get("bind.message", Writing.M.get(what), e.getMessage()), e);
    }
  }
}
