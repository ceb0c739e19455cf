package convenio.tiss;

import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.PricingResult;
import convenio.tiss.read.GuideSkipped;
import convenio.tiss.read.ReadContext;
import convenio.tiss.r40300.Binding40300;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The one seam between the release-independent machinery (safe parsing, hash, validation, domain checks, the
 * streaming loop) and the classes generated for one TISS release. Only implementations see generated classes; what
 * crosses the seam is the project's model.
 *
 * <p>Every release still in circulation (3.05.00 to 4.03.00) is read with the 4.03.00 binding: they share the
 * namespace and the guide structure, and 4.x only removed or added optional elements. What that loses is handled
 * outside the binding: the 3.x names 4.x dropped are captured from the raw stream, and elements the binding does not
 * know are reported as warnings. A future release whose guide structure changes gets its own implementation and a
 * line in {@link #forReading(TissRelease)}.
 */
public interface TissBinding {

  /** The release the generated classes come from. */
  String release();

  /** A reader of guides for one message (holds an unmarshaller; not thread-safe). */
  GuideReader guideReader(ReadContext ctx);

  /** Reads guides, one at a time, from a reader positioned on a guide's start tag. */
  interface GuideReader {
    /** The guide type of a {@code guiasTISS} child element, or null when the binding does not read it. */
    GuideType typeOf(String elementName);

    /**
     * Unmarshals and maps the guide at the current start tag, leaving the reader after its end tag.
     *
     * @throws GuideSkipped when the guide bound but lacks something the model needs
     */
    Guide read(GuideType type) throws GuideSkipped, XMLStreamException;
  }

  /** A demonstrativoAnaliseConta message (operator → provider) for a priced account, hash filled, as bytes. */
  byte[] writeDemonstrativo(PricingResult result, DemonstrativoHeader header);

  /** A recursoGlosa message (provider → operator), hash filled, as bytes. */
  default byte[] writeRecurso(RecursoHeader header, List<RecursoItem> items) {
    return writeRecurso(header, items, List.of());
  }

  /** A recursoGlosa of guides: some appealed whole (recursoGuiaCompleta), the others item by item. */
  byte[] writeRecurso(RecursoHeader header, List<RecursoItem> items, List<RecursoGuiaCompleta> wholeGuides);

  /** A recursoGlosa of the whole protocol (recursoProtocolo). */
  byte[] writeRecursoProtocolo(RecursoHeader header, RecursoProtocolo protocol);

  /**
   * The demonstrativos de análise de conta of an operator's message, from a reader positioned on its root start
   * tag (the message is small: it is unmarshalled whole).
   */
  List<AnaliseConta> readAnaliseConta(ReadContext ctx) throws XMLStreamException;

  /** The recursoGlosa of a provider's message, or null when the message holds none (bound whole). */
  TissMessages.Recurso readRecurso(ReadContext ctx) throws XMLStreamException;

  /** The respostaRecursoGlosa of an operator's message, or null when the message holds none (bound whole). */
  TissMessages.Resposta readResposta(ReadContext ctx) throws XMLStreamException;

  /** The demonstrativoPagamento of an operator's message, or null when the message holds none (bound whole). */
  TissMessages.Pagamento readPagamento(ReadContext ctx) throws XMLStreamException;

  /** The binding used to read messages of a release. */
  static TissBinding forReading(TissRelease release) {
    return Binding40300.INSTANCE;
  }

  /** The binding of the release this project writes. */
  static TissBinding current() {
    return Binding40300.INSTANCE;
  }
}
