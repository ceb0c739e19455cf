package convenio.tiss.xml;

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
    long r = run; // in a local for the loop over every byte of the message
    for (int i = off, end = off + n; i < end; i++) {
      byte b = buf[i];
      if (b == '<') {
        r = 0;
      } else {
        if (b == '\n') line++;
        if (++r > maxRun) throw tooLong();
      }
    }
    run = r;
    return n;
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
    return new TissException("a value of more than " + maxRun + " bytes without markup (limit exceeded; "
        + "oversized values are refused)", line, 0, null);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
