package convenio.tiss.xml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Writes a TISS message in one pass and computes its epilogo hash while writing it: every leaf's text goes to the
 * output and, as a parser will read it back, to the MD5 (see {@link HashCollector} for what the hash covers), so
 * the hash element at the end can be filled without reading the message again.
 *
 * <p>The bytes are those the JAXB marshaller writes for the same message with formatted output: ISO-8859-1 with its
 * declaration, elements of the TISS namespace prefixed {@code ans:} (the signature namespace declared as
 * {@code ds:}), four spaces of indentation per level, one element per line; {@code &}, {@code <} and {@code >}
 * escaped and characters outside ISO-8859-1 written as character references. Messages are written to memory (a
 * TISS message is bounded: a lote holds at most 100 guides), so that data found invalid half-way never leaves a
 * half-written file behind. Not thread-safe; one instance per message.
 */
public final class HashingXmlWriter {
  private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"yes\"?>\n"
      .getBytes(StandardCharsets.ISO_8859_1);
  private static final String PREFIX = "ans:";
  private static final String NAMESPACES = " xmlns:ans=\"" + HashCollector.TISS_NS
      + "\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"";

  private final MessageDigest md5;
  private byte[] out;
  private int len;
  private byte[] utf8 = new byte[256];
  private String[] open = new String[16];
  private int depth;
  private boolean hashed;

  /** @param sizeHint the expected size of the message in bytes (the buffer grows past it if needed) */
  public HashingXmlWriter(int sizeHint) {
    out = new byte[Math.max(sizeHint, 4096)];
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
    put(DECLARATION);
  }

  /** The root element, {@code ans:name}, with the namespace declarations. */
  public HashingXmlWriter root(String name) {
    if (depth != 0 || len != DECLARATION.length) throw new IllegalStateException("the root comes first");
    tag('<', name);
    ascii(NAMESPACES);
    put((byte) '>');
    newline();
    push(name);
    return this;
  }

  public HashingXmlWriter start(String name) {
    indent();
    tag('<', name);
    put((byte) '>');
    newline();
    push(name);
    return this;
  }

  public HashingXmlWriter end() {
    if (depth == 0) throw new IllegalStateException("no element is open");
    String name = open[--depth];
    indent();
    tag('/', name);
    put((byte) '>');
    newline();
    return this;
  }

  /** A leaf element with its text, hashed; nothing at all when the value is null (an absent optional element). */
  public HashingXmlWriter leaf(String name, String text) {
    if (text == null) return this;
    indent();
    tag('<', name);
    put((byte) '>');
    text(name, text);
    tag('/', name);
    put((byte) '>');
    newline();
    return this;
  }

  /**
   * The hash element, {@code ans:hash}, holding the MD5 of every leaf written so far; it counts as empty for the
   * hash itself. The hash is final after this: no more leaves may follow.
   */
  public HashingXmlWriter hash(String name) {
    if (hashed) throw new IllegalStateException("a TISS message has exactly one hash");
    String hex = HexFormat.of().formatHex(md5.digest());
    hashed = true;
    indent();
    tag('<', name);
    put((byte) '>');
    ascii(hex);
    tag('/', name);
    put((byte) '>');
    newline();
    return this;
  }

  /** The message written, once every element was closed. */
  public byte[] toByteArray() {
    if (depth != 0) throw new IllegalStateException(depth + " elements are still open");
    if (!hashed) throw new IllegalStateException("the message has no hash");
    return Arrays.copyOf(out, len);
  }

  /** Bytes written so far. */
  public int size() {
    return len;
  }

  private void push(String name) {
    if (depth == open.length) open = Arrays.copyOf(open, depth * 2);
    open[depth++] = name;
  }

  private void tag(char kind, String name) {
    put((byte) '<');
    if (kind == '/') put((byte) '/');
    ascii(PREFIX);
    ascii(name);
  }

  private void indent() {
    int n = depth * 4;
    ensure(n);
    Arrays.fill(out, len, len + n, (byte) ' ');
    len += n;
  }

  private void newline() {
    put((byte) '\n');
  }

  /**
   * Escapes the text into the output and adds it, as UTF-8, to the hash. What goes to the hash is the text a parser
   * reads back: XML turns a carriage return (alone or before a line feed) into a line feed.
   */
  private void text(String element, String s) {
    int n = s.length();
    ensure(n);
    if (utf8.length < n * 3) utf8 = new byte[n * 3];
    int u = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '&' -> ascii("&amp;");
          case '<' -> ascii("&lt;");
          case '>' -> ascii("&gt;");
          case '\r' -> put((byte) c);
          default -> {
            if (c < 0x20 && c != '\t' && c != '\n') throw notXml(element, c);
            put((byte) c);
          }
        }
        if (c == '\r') {
          if (i + 1 < n && s.charAt(i + 1) == '\n') continue; // the parser keeps only the line feed
          utf8[u++] = '\n';
        } else {
          utf8[u++] = (byte) c;
        }
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        throw notXml(element, c);
      }
      if (cp <= 0xFF) {
        put((byte) cp);
      } else {
        ascii("&#");
        ascii(Integer.toString(cp));
        put((byte) ';');
      }
      if (cp < 0x800) {
        utf8[u++] = (byte) (0xC0 | cp >> 6);
        utf8[u++] = (byte) (0x80 | cp & 0x3F);
      } else if (cp < 0x10000) {
        utf8[u++] = (byte) (0xE0 | cp >> 12);
        utf8[u++] = (byte) (0x80 | cp >> 6 & 0x3F);
        utf8[u++] = (byte) (0x80 | cp & 0x3F);
      } else {
        utf8[u++] = (byte) (0xF0 | cp >> 18);
        utf8[u++] = (byte) (0x80 | cp >> 12 & 0x3F);
        utf8[u++] = (byte) (0x80 | cp >> 6 & 0x3F);
        utf8[u++] = (byte) (0x80 | cp & 0x3F);
      }
    }
    if (u > 0) md5.update(utf8, 0, u);
  }

  private static IllegalArgumentException notXml(String element, char c) {
    return new IllegalArgumentException(String.format("%s: the character U+%04X cannot be written in XML", element,
        (int) c));
  }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) out[len++] = (byte) s.charAt(i);
  }

  private void put(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, out, len, b.length);
    len += b.length;
  }

  private void put(byte b) {
    ensure(1);
    out[len++] = b;
  }

  private void ensure(int more) {
    if (len + more + 16 > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, len + more + 16));
  }
}
