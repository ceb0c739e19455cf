package convenio.tiss.xml;

import convenio.i18n.Messages;
import convenio.tiss.TissException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Rejects a message with a run of more than {@code maxRun} bytes without a '{@code <}'. The parser hands text to us
 * in chunks (so {@link ObservingReader} can limit text nodes), but it holds an attribute value, a comment or a
 * processing instruction whole; none of those can hold a '{@code <}' of markup, so this bounds them before the
 * parser buffers them. Counts lines so the error has a place.
 */
final class RunLengthGuard extends FilterInputStream {
  private static final Messages M = Messages.of(RunLengthGuard.class, "convenio.tiss.xml.messages");
  private final long maxRun;
  private long run;
  private int line = 1;

  RunLengthGuard(InputStream in, long maxRun) {
    super(in);
    this.maxRun = maxRun;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) see((byte) b);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n <= 0) return n;
    int end = off + n;
    // Every byte of the message passes here, so the common case is kept to two plain loops: only a buffer that
    // could pass the limit (never one of a message with the default limit) is walked byte by byte; the last '<' of
    // the buffer gives the run carried to the next. Lines are counted without branching, for the error's place.
    if (run + n > maxRun) walk(buf, off, end);
    int lastMarkup = end - 1;
    while (lastMarkup >= off && buf[lastMarkup] != '<') lastMarkup--;
    int lines = 0;
    for (int i = off; i < end; i++) lines += buf[i] == '\n' ? 1 : 0;
    line += lines;
    run = lastMarkup < off ? run + n : end - 1 - lastMarkup;
    return n;
  }

  /** Byte by byte, to refuse at the byte where the run passes the limit (with the line it is on). */
  private void walk(byte[] buf, int off, int end) {
    long r = run;
    int l = line;
    for (int i = off; i < end; i++) {
      byte b = buf[i];
      if (b == '<') {
        r = 0;
      } else {
        if (b == '\n') l++;
        if (++r > maxRun) {
          line = l;
          throw tooLong();
        }
      }
    }
  }

  private void see(byte b) {
    if (b == '<') {
      run = 0;
    } else {
      if (b == '\n') line++;
      if (++run > maxRun) throw tooLong();
    }
  }

  private TissException tooLong() {
    return new TissException(M.get("run.long", maxRun), line, 0, null);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
