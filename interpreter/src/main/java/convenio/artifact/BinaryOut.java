package convenio.artifact;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The primitives of the artifact format, written into memory (an artifact is written whole, then hashed). Integers
 * are variable-length (LEB128, zig-zag for signed values) and strings are pooled: the first occurrence is written out
 * and numbered, later ones are written as that number, because file names and clause headings repeat on every span.
 */
final class BinaryOut {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  private final Map<String, Integer> pool = new HashMap<>();

  void u8(int b) {
    bytes.write(b);
  }

  void bool(boolean b) {
    bytes.write(b ? 1 : 0);
  }

  /** Unsigned variable-length int (for sizes, counts and tags). */
  void uvar(long v) {
    if (v < 0) throw new IllegalArgumentException("negative size " + v);
    while ((v & ~0x7FL) != 0) {
      bytes.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    bytes.write((int) v);
  }

  /** Signed variable-length long, zig-zag encoded so that small negative values stay short. */
  void svar(long v) {
    uvar((v << 1) ^ (v >> 63));
  }

  void raw(byte[] b) {
    bytes.write(b, 0, b.length);
  }

  void fixed64(long v) {
    for (int i = 7; i >= 0; i--) bytes.write((int) (v >>> (i * 8)));
  }

  /** Null is 0, a pooled string n is n + 2, a new string is 1 followed by its UTF-8 length and bytes. */
  void str(String s) {
    if (s == null) {
      uvar(0);
      return;
    }
    Integer known = pool.get(s);
    if (known != null) {
      uvar(known + 2L);
      return;
    }
    pool.put(s, pool.size());
    uvar(1);
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    uvar(utf8.length);
    raw(utf8);
  }

  /** Exact: the unscaled digits and the scale, so 2.50 comes back as 2.50 and not 2.5. */
  void decimal(BigDecimal d) {
    byte[] unscaled = d.unscaledValue().toByteArray();
    svar(d.scale());
    uvar(unscaled.length);
    raw(unscaled);
  }

  int size() {
    return bytes.size();
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }
}
