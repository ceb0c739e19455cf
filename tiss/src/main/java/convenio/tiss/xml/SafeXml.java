package convenio.tiss.xml;

import convenio.tiss.TissException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only places this module creates XML parsers. TISS messages never need a DTD, so DTDs, external entities and
 * entity expansion are all refused; oversized values are bounded before the parser can buffer them.
 */
public final class SafeXml {
  private SafeXml() {}

  private static final int SNIFF_BYTES = 64 * 1024;

  /** A message ready to parse: the guarded stream and the Padrao read ahead from its header (null if none). */
  public record Opened(InputStream stream, String padrao) {}

  /**
   * Prepares a message for parsing. TISS messages are ISO-8859-1 (the standard) or UTF-8 (common); UTF-16/32 are
   * refused. The Padrao is read ahead (from at most the first 64 KB, the cabecalho comes first) so that the whole
   * single pass knows the release: its schema for validation and its domain tables.
   */
  public static Opened open(InputStream raw, long maxTextChars) {
    BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
    String padrao;
    try {
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(4);
      in.reset();
      if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
          || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
        throw new TissException("UTF-16/UTF-32 message refused: TISS messages are ISO-8859-1 or UTF-8");
      }
      in.mark(SNIFF_BYTES);
      padrao = sniffPadrao(new ByteArrayInputStream(in.readNBytes(SNIFF_BYTES)));
      in.reset();
    } catch (IOException e) {
      throw new TissException("cannot read the message: " + e.getMessage(), e);
    }
    // Escaped text may take up to 10 bytes per character (&#x10FFFF;); allow that for text, which the parser
    // chunks and ObservingReader limits exactly; this guard only bounds what the parser would hold whole.
    return new Opened(new RunLengthGuard(in, Math.max(maxTextChars, 1024) * 10L), padrao);
  }

  /** The text of the first Padrao element, or null; any failure here is left for the real parse to report. */
  private static String sniffPadrao(InputStream head) {
    try {
      XMLStreamReader r = inputFactory().createXMLStreamReader(head);
      while (r.hasNext()) {
        if (r.next() == XMLStreamReader.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("Padrao")) return r.getElementText().strip();
          if (name.equals("prestadorParaOperadora") || name.equals("operadoraParaPrestador")) return null;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    }
    return null;
  }

  public static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false); // keep text in chunks so its size can be limited
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  public static XMLStreamReader streamReader(InputStream in) {
    try {
      return inputFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw Errors.fatal(e);
    }
  }
}
