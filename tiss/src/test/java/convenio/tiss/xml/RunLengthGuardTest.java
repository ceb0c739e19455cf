package convenio.tiss.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.tiss.TissException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run of bytes without a '<' (counted from the byte after one) longer than the limit is refused wherever the reads
 * that bring it begin and end, with the line it is on; a run of exactly the limit passes, bytes unchanged.
 */
class RunLengthGuardTest {

  /** Hands out at most {@code chunk} bytes a read, so that runs straddle reads. */
  private static InputStream chunked(String text, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static byte[] readAll(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[64];
    int n;
    while ((n = in.read(buf, 0, buf.length)) >= 0) out.write(buf, 0, n);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 4, 7, 11, 12, 64})
  void aRunOneByteTooLongIsRefusedOnItsLine(int chunk) {
    String text = "<a>\n<\n" + "x".repeat(10) + "<c>"; // after the second '<': a newline and 10 x's, 11 bytes
    TissException e = assertThrows(TissException.class, () -> readAll(new RunLengthGuard(chunked(text, chunk), 10)));
    assertTrue(e.getMessage().contains("more than 10 bytes without markup"), e.getMessage());
    assertEquals(3, e.line());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 4, 7, 11, 12, 64})
  void aRunOfTheLimitPassesUnchanged(int chunk) throws IOException {
    String text = "<" + "x".repeat(10) + "<" + "y".repeat(10) + "<" + "z".repeat(10);
    assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII),
        readAll(new RunLengthGuard(chunked(text, chunk), 10)));
  }
}
