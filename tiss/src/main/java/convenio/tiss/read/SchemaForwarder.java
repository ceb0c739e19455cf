package convenio.tiss.read;

import convenio.i18n.Messages;
import convenio.tiss.TissProblem;
import convenio.tiss.TissRelease;
import convenio.tiss.xml.ObservingReader;
import convenio.tiss.xml.XmlObserver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Validates the message in the same single pass that reads it: every event is handed to a schema
 * {@link ValidatorHandler} as SAX, with the reader's position as locator, so schema errors come with line and column
 * and the lote is never read twice nor held in memory.
 */
final class SchemaForwarder implements XmlObserver, ErrorHandler, Locator {
  private static final Messages M = Messages.of(SchemaForwarder.class, "convenio.tiss.read.messages");
  private static final String TISS_NS_QUOTED = "\"" + "http://www.ans.gov.br/padroes/tiss/schemas" + "\":";

  private final ReadContext ctx;
  private final ValidatorHandler handler;
  private ObservingReader reader;
  private boolean broken;

  SchemaForwarder(ReadContext ctx, TissRelease schemaRelease) {
    this.ctx = ctx;
    this.handler = Schemas.of(schemaRelease).newValidatorHandler();
    handler.setErrorHandler(this);
  }

  @Override
  public void event(ObservingReader r, int type) {
    if (broken) return;
    reader = r;
    try {
      switch (type) {
        case XMLStreamConstants.START_DOCUMENT -> {
          handler.setDocumentLocator(this);
          handler.startDocument();
        }
        case XMLStreamConstants.START_ELEMENT -> {
          for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            handler.startPrefixMapping(p == null ? "" : p, r.getNamespaceURI(i));
          }
          AttributesImpl attrs = new AttributesImpl();
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String p = r.getAttributePrefix(i);
            String local = r.getAttributeLocalName(i);
            attrs.addAttribute(ns == null ? "" : ns, local, p == null || p.isEmpty() ? local : p + ":" + local,
                r.getAttributeType(i), r.getAttributeValue(i));
          }
          handler.startElement(ns(r), r.getLocalName(), qname(r), attrs);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          handler.endElement(ns(r), r.getLocalName(), qname(r));
          for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            handler.endPrefixMapping(p == null ? "" : p);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            handler.characters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        default -> { }
      }
    } catch (SAXException e) {
      // A fatal validator error: report it once and stop validating; reading goes on.
      broken = true;
      report(TissProblem.Severity.ERROR, e.getMessage(), reader.line(), reader.column());
    }
  }

  @Override
  public void end(ObservingReader r) {
    if (broken) return;
    try {
      handler.endDocument();
    } catch (SAXException e) {
      report(TissProblem.Severity.ERROR, e.getMessage(), r.line(), r.column());
    }
  }

  private static String ns(ObservingReader r) {
    String ns = r.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  private static String qname(ObservingReader r) {
    String p = r.getPrefix();
    return p == null || p.isEmpty() ? r.getLocalName() : p + ":" + r.getLocalName();
  }

  private void report(TissProblem.Severity severity, String message, int line, int column) {
    String m = message == null ? M.get("schema.error") : message.replace(TISS_NS_QUOTED, "ans:");
    // The validator judges the event being forwarded: name its element, which SAX messages often leave out.
    String element = reader == null ? null : reader.currentName();
    if (element != null && line == reader.line() && column == reader.column()) m = element + ": " + m;
    ctx.problems().report(new TissProblem(severity, TissProblem.Kind.SCHEMA, line, column,
        ctx.inGuide() ? ctx.guideNumber() : null, m));
  }

  @Override
  public void warning(SAXParseException e) {
    report(TissProblem.Severity.WARNING, e.getMessage(), e.getLineNumber(), e.getColumnNumber());
  }

  @Override
  public void error(SAXParseException e) {
    report(TissProblem.Severity.ERROR, e.getMessage(), e.getLineNumber(), e.getColumnNumber());
  }

  @Override
  public void fatalError(SAXParseException e) {
    error(e);
  }

  // Locator: the reader's position is where the event the validator is judging ended.
  @Override
  public String getPublicId() {
    return null;
  }

  @Override
  public String getSystemId() {
    return null;
  }

  @Override
  public int getLineNumber() {
    return reader == null ? 0 : reader.line();
  }

  @Override
  public int getColumnNumber() {
    return reader == null ? 0 : reader.column();
  }
}
