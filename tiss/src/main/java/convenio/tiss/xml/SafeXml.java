package convenio.tiss.xml;

import convenio.i18n.Messages;
import convenio.tiss.TissException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only places this module creates XML parsers. TISS messages never need a DTD, so DTDs, external entities and
 * entity expansion are all refused; oversized values are bounded before the parser can buffer them.
 */
public final class SafeXml {
  private static final Messages M = Messages.of(SafeXml.class, "convenio.tiss.xml.messages");
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
    Charset charset;
    try {
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(4);
      in.reset();
      if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
          || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
        throw new TissException(M.get("utf16"));
      }
      in.mark(SNIFF_BYTES);
      byte[] first = in.readNBytes(SNIFF_BYTES);
      charset = declaredCharset(first);
      padrao = sniffPadrao(new InputStreamReader(new ByteArrayInputStream(first),
          charset == null ? StandardCharsets.ISO_8859_1 : charset));
      in.reset();
    } catch (IOException e) {
      throw new TissException(M.get("unreadable", e.getMessage()), e);
    }
    // Escaped text may take up to 10 bytes per character (&#x10FFFF;); allow that for text, which the parser
    // chunks and ObservingReader limits exactly; this guard only bounds what the parser would hold whole.
    return new Opened(new Declared(new RunLengthGuard(in, Math.max(maxTextChars, 1024) * 10L), charset), padrao);
  }

  /** A message's bytes with the encoding its XML declaration names (UTF-8 when it names none). */
  static final class Declared extends FilterInputStream {
    final Charset charset;

    Declared(InputStream in, Charset charset) {
      super(in);
      this.charset = charset;
    }
  }

  /** The encoding of the XML declaration at the start of {@code head}, or UTF-8 (XML's default); null if unknown. */
  private static Charset declaredCharset(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 200), StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00EF\u00BB\u00BF")) start = start.substring(3);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']")
        .matcher(start);
    if (!m.find()) return StandardCharsets.UTF_8;
    try {
      return Charset.forName(m.group(1));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The text of the first Padrao element, or null; any failure here is left for the real parse to report. */
  private static String sniffPadrao(java.io.Reader head) {
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
      // Decoded here, not by the parser: the JDK's parser prints "[Fatal Error] :-1:-1: Invalid byte …" to the
      // process's stderr on a byte its decoder refuses, before it throws; our decoder only throws.
      if (in instanceof Declared d && d.charset != null) {
        return inputFactory().createXMLStreamReader(new DecodingReader(d, d.charset));
      }
      return inputFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw Errors.fatal(e);
    }
  }
}
