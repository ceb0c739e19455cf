package convenio.artifact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link BinaryOut} wrote, from a byte array whose checksum has already been verified. Every read is
 * bounds-checked, so a file that is short or malformed fails with {@link Corrupt} (turned into a message naming the
 * file) rather than an index error or an absurd allocation.
 */
final class BinaryIn {
  /** The bytes do not decode as the format says they should. */
  static final class Corrupt extends Exception {
    Corrupt(String message) {
      super(message);
    }
  }

  private final byte[] data;
  private final int end;
  private int pos;
  private final List<String> pool = new ArrayList<>();

  BinaryIn(byte[] data, int start, int end) {
    this.data = data;
    this.pos = start;
    this.end = end;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos == end;
  }

  int u8() throws Corrupt {
    need(1);
    return data[pos++] & 0xFF;
  }

  boolean bool() throws Corrupt {
    int b = u8();
    if (b > 1) throw new Corrupt("a boolean holds " + b + " at byte " + (pos - 1));
    return b == 1;
  }

  long uvar() throws Corrupt {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = u8();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw new Corrupt("a number runs past 64 bits at byte " + pos);
  }

  long svar() throws Corrupt {
    long z = uvar();
    return (z >>> 1) ^ -(z & 1);
  }

  int sint() throws Corrupt {
    long v = svar();
    if (v != (int) v) throw new Corrupt("a number out of range at byte " + pos);
    return (int) v;
  }

  /** A count or size: also checked against the bytes left, since every element takes at least one byte. */
  int count() throws Corrupt {
    long v = uvar();
    if (v > end - pos) throw new Corrupt("a count of " + v + " at byte " + pos + " exceeds the bytes left");
    return (int) v;
  }

  long fixed64() throws Corrupt {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (data[pos++] & 0xFF);
    return v;
  }

  byte[] raw(int n) throws Corrupt {
    need(n);
    byte[] b = new byte[n];
    System.arraycopy(data, pos, b, 0, n);
    pos += n;
    return b;
  }

  /**
   * {@code n} signed values ({@link #svar}) one after the other, as a table's money column stores them: one loop over
   * the bytes, not a call per byte, because a cold JVM interprets it for a 100,000-row table.
   */
  long[] svars(int n) throws Corrupt {
    long[] out = new long[n];
    byte[] d = data;
    int p = pos;
    for (int i = 0; i < n; i++) {
      long z = 0;
      int b;
      int shift = 0;
      do {
        if (p >= end) throw new Corrupt("the data ends at byte " + p + " in the middle of a column");
        if (shift > 63) throw new Corrupt("a number runs past 64 bits at byte " + p);
        b = d[p++];
        z |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      out[i] = (z >>> 1) ^ -(z & 1);
    }
    pos = p;
    return out;
  }

  /** {@code rows} strings of {@code width} Latin-1 characters each, read from {@code block} (see {@link #raw}). */
  static String[] latin1(byte[] block, int rows, int width) {
    String[] out = new String[rows];
    for (int r = 0; r < rows; r++) out[r] = new String(block, r * width, width, StandardCharsets.ISO_8859_1);
    return out;
  }

  String str() throws Corrupt {
    long tag = uvar();
    if (tag == 0) return null;
    if (tag >= 2) {
      long index = tag - 2;
      if (index >= pool.size()) throw new Corrupt("string #" + index + " referenced before it was defined");
      return pool.get((int) index);
    }
    int n = count();
    String s = new String(data, pos, n, StandardCharsets.UTF_8);
    pos += n;
    pool.add(s);
    return s;
  }

  /** A string that the format requires (a name, a code). */
  String requiredStr(String what) throws Corrupt {
    String s = str();
    if (s == null) throw new Corrupt(what + " is missing at byte " + pos);
    return s;
  }

  BigDecimal decimal() throws Corrupt {
    int scale = sint();
    int n = count();
    if (n == 0) throw new Corrupt("an empty decimal at byte " + pos);
    return new BigDecimal(new BigInteger(raw(n)), scale);
  }

  private void need(int n) throws Corrupt {
    if (n < 0 || end - pos < n) throw new Corrupt("the data ends at byte " + pos + " in the middle of a value");
  }
}
