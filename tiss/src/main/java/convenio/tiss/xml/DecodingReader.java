package convenio.tiss.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A message's bytes decoded in the encoding it declares, strictly: a byte that is not valid there ends the reading
 * with {@link BadByte}, which knows the line and column of that byte (the parser, reading ahead, would place it where
 * its buffer ended). A leading byte order mark is dropped. Decoding here rather than in the JDK's parser also keeps
 * that parser from printing "[Fatal Error] :-1:-1: Invalid byte …" on the process's stderr.
 */
final class DecodingReader extends Reader {
  /** A byte that is not valid in the declared encoding, with its place (1-based line and column). */
  static final class BadByte extends IOException {
    final int line, column, value;
    final String charset;

    BadByte(int line, int column, int value, String charset) {
      super(String.format("line %d, column %d: byte 0x%02X is not valid %s", line, column, value, charset));
      this.line = line;
      this.column = column;
      this.value = value;
      this.charset = charset;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean eof, flushed, first = true;
  private int line = 1, column = 1;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    if (len == 0) return 0;
    while (!chars.hasRemaining()) {
      if (!fill()) return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(out, off, n);
    return n;
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    if (flushed) return false;
    chars.clear();
    while (chars.position() == 0) {
      if (!eof && !bytes.hasRemaining() || !eof && bytes.remaining() < 4) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) eof = true;
        else bytes.position(bytes.position() + n);
        bytes.flip();
      }
      int start = chars.position();
      CoderResult r = decoder.decode(bytes, chars, eof);
      count(start);
      if (r.isError()) {
        throw new BadByte(line, column, bytes.get(bytes.position()) & 0xFF, decoder.charset().name());
      }
      if (eof && !bytes.hasRemaining()) {
        decoder.flush(chars);
        flushed = true;
        break;
      }
    }
    chars.flip();
    if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') chars.get();
    first = false;
    return chars.hasRemaining();
  }

  private void count(int from) {
    // Over the buffer's array: this runs over every character of the message.
    char[] a = chars.array();
    int to = chars.position();
    int lastNewline = -1;
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (a[i] == '\n') {
        lines++;
        lastNewline = i;
      }
    }
    line += lines;
    column = lastNewline < 0 ? column + (to - from) : to - lastNewline;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
