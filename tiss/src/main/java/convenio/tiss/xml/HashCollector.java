package convenio.tiss.xml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.xml.stream.XMLStreamConstants;

/**
 * The epilogo hash as the TISS standard defines it, computed while the message streams by: the MD5 of the text
 * of every leaf element (an element without children) of the message in document order, the hash element itself
 * counting as empty. The details follow the conformance vectors (see {@code convenio.tiss.TissHash}): entities and
 * CDATA decoded, CR/LF normalised by the parser, attributes ignored, and comments inside the message counted as
 * leaves (the reference implementation counts them). The digest is of the UTF-8 bytes; the ISO-8859-1 digest the
 * ANS manual describes is computed alongside so that input hashed that way can be recognised.
 */
public final class HashCollector implements XmlObserver {
  public static final String TISS_NS = "http://www.ans.gov.br/padroes/tiss/schemas";

  private final MessageDigest utf8 = md5();
  private final MessageDigest latin1 = md5();
  private int hashElements;
  private String found;
  private int foundLine;
  private int foundColumn;
  private String computed;
  private String computedLatin1;

  @Override
  public void event(ObservingReader r, int type) {
    switch (type) {
      case XMLStreamConstants.END_ELEMENT -> {
        String text = r.leafText();
        if (text == null) return;
        if ("hash".equals(r.currentName()) && TISS_NS.equals(r.currentNamespace())) {
          hashElements++;
          if (found == null) {
            found = text.strip();
            foundLine = r.line();
            foundColumn = r.column();
          }
          return;
        }
        add(text);
      }
      case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
        if (r.depth() > 0) add(type == XMLStreamConstants.COMMENT ? r.getText() : r.getPIData());
      }
      default -> { }
    }
  }

  private void add(String text) {
    if (text == null || text.isEmpty()) return;
    byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1);
    latin1.update(latin);
    // Most TISS text is ASCII (codes, numbers, dates), whose UTF-8 and ISO-8859-1 bytes are the same.
    boolean ascii = true;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    utf8.update(ascii ? latin : text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lowercase hex MD5 over the UTF-8 text (the form the ANS accepts). Final once first asked for. */
  public String computed() {
    if (computed == null) computed = HexFormat.of().formatHex(utf8.digest());
    return computed;
  }

  /** The same over ISO-8859-1 bytes, as the ANS manual describes it; equal to {@link #computed()} for ASCII text. */
  public String computedLatin1() {
    if (computedLatin1 == null) computedLatin1 = HexFormat.of().formatHex(latin1.digest());
    return computedLatin1;
  }

  /** The text of the (first) hash element, or null when the message has none. */
  public String found() {
    return found;
  }

  public int hashElements() {
    return hashElements;
  }

  public int foundLine() {
    return foundLine;
  }

  public int foundColumn() {
    return foundColumn;
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
