package convenio.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's SHA-256 is SHA-256: the FIPS 180-4 examples, and the JDK's digest of every length a padding meets. */
class Sha256Test {
  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  @Test
  void theStandardsExamples() {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex(Sha256.of(abc, 3)));
    byte[] two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII);
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", hex(Sha256.of(two, two.length)));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex(Sha256.of(new byte[0], 0)));
  }

  @Test
  void everyLengthAgreesWithTheJdk() throws Exception {
    Random random = new Random(7);
    byte[] data = new byte[1 << 20];
    random.nextBytes(data);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (int length = 0; length <= 300; length++) {
      md.update(data, 0, length);
      assertArrayEquals(md.digest(), Sha256.of(data, length), "length " + length);
    }
    md.update(data, 0, data.length);
    assertArrayEquals(md.digest(), Sha256.of(data, data.length));
  }

  @Test
  void bothDigestsOfOnePassAreTheDigestsOfTheirPrefixes() throws Exception {
    byte[] data = new byte[5_000];
    new Random(11).nextBytes(data);
    for (int[] cut : new int[][] {{0, 0}, {55, 56}, {64, 64}, {100, 4_999}, {4_000, 5_000}, {4_990, 4_991}}) {
      byte[][] both = Sha256.ofBoth(data, cut[0], cut[1]);
      assertArrayEquals(ArtifactWriter.sha256(data, cut[0]), both[0], "first " + cut[0]);
      assertArrayEquals(ArtifactWriter.sha256(data, cut[1]), both[1], "second " + cut[1]);
    }
  }
}
