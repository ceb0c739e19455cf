package convenio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.artifact.ArtifactReader;
import convenio.artifact.Signing;
import convenio.diagnostics.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An artifact changed by someone who also recomputed its trailing checksum is refused: the source hash its header
 * records is computed again from what was decoded, and each file's rules are compared with its source. A registry
 * given the publishing key's public half loads only artifacts that key signed.
 */
class ArtifactTamperingTest {
  @TempDir Path dir;
  Path source;

  @BeforeEach
  void write() throws Exception {
    source = SampleContract.write(dir.resolve("src"), "clinica", "1", "2025-01-01", null, 20);
  }

  /** {@code bytes} with its SHA-256 trailer recomputed, as a tamperer who read the format would. */
  static byte[] rechecksummed(byte[] bytes) throws Exception {
    int end = bytes.length - 32;
    byte[] sum = MessageDigest.getInstance("SHA-256").digest(java.util.Arrays.copyOf(bytes, end));
    System.arraycopy(sum, 0, bytes, end, 32);
    return bytes;
  }

  static List<Integer> occurrences(byte[] hay, byte[] needle) {
    List<Integer> at = new ArrayList<>();
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int k = 0; k < needle.length; k++) if (hay[i + k] != needle[k]) continue outer;
      at.add(i);
    }
    return at;
  }

  static String problem(Compilation c) {
    assertFalse(c.ok(), "refused");
    assertEquals(1, c.diagnostics().size(), c.diagnostics().toString());
    return c.diagnostics().get(0).message();
  }

  @Test
  void changingACodeAnywhereAndRecomputingTheChecksumIsRefused() throws Exception {
    Path artifact = dir.resolve("clinica.cvc");
    assertTrue(Artifacts.compile(source, artifact).ok());
    byte[] original = Files.readAllBytes(artifact);
    // The consultation's code is in the source text, in the rules' tree or in the table rows: each is tampered alone.
    List<Integer> places = occurrences(original, "10101012".getBytes(StandardCharsets.UTF_8));
    assertTrue(places.size() >= 2, "the code is in the artifact more than once: " + places);
    for (int at : places) {
      byte[] bytes = original.clone();
      bytes[at + 7] = '3'; // 10101012 → 10101013
      Files.write(artifact, rechecksummed(bytes));
      String message = problem(Artifacts.load(artifact));
      assertTrue(message.contains("source hash") || message.contains("not what its source says"),
          "at byte " + at + ": " + message);
    }
    Files.write(artifact, original);
    assertTrue(Artifacts.load(artifact).ok(), "the untouched artifact still loads");
  }

  @Test
  void verifyingTheSourcesOfAnUntouchedArtifactLoadsIt() throws Exception {
    Path artifact = dir.resolve("clinica.cvc");
    assertTrue(Artifacts.compile(source, artifact).ok());
    Compilation c = Artifacts.verifySources(artifact, null);
    assertTrue(c.ok(), c.diagnostics().toString());
    assertEquals(Artifacts.load(artifact).contract().sourceHash(), c.contract().sourceHash());
  }

  @Test
  void aDamagedLengthFieldSaysSoRatherThanAnAbsurdTruncation() throws Exception {
    Path artifact = dir.resolve("clinica.cvc");
    assertTrue(Artifacts.compile(source, artifact).ok());
    byte[] bytes = Files.readAllBytes(artifact);
    bytes[8] ^= 0x30; // the length field is bytes 6 to 13; this makes it about 52 TB
    Files.write(artifact, bytes);
    String message = problem(Artifacts.load(artifact));
    assertTrue(message.contains("its length field says"), message);
    assertFalse(message.contains("truncated"), message);
  }

  @Test
  void anArtifactOfTheFirstFormatIsRefusedWithTheRemedy() throws Exception {
    Path artifact = dir.resolve("clinica.cvc");
    assertTrue(Artifacts.compile(source, artifact).ok());
    byte[] bytes = Files.readAllBytes(artifact);
    bytes[4] = 0;
    bytes[5] = 1;
    Files.write(artifact, bytes);
    Compilation c = Artifacts.load(artifact);
    assertTrue(problem(c).contains("has artifact format version 1"), problem(c));
    assertTrue(c.diagnostics().get(0).hint().contains("recompile"), c.diagnostics().get(0).hint());
  }

  @Test
  void aRegistryWithThePublicKeyServesOnlyArtifactsItsKeySigned() throws Exception {
    Path keys = Files.createDirectories(dir.resolve("keys"));
    Signing.writePair(keys.resolve("pub.key"), keys.resolve("pub.pub"));
    Signing.writePair(keys.resolve("other.key"), keys.resolve("other.pub"));
    PublicKey trusted = Signing.publicKey(keys.resolve("pub.pub"));
    Path folder = Files.createDirectories(dir.resolve("served"));

    Path signed = folder.resolve("signed.cvc");
    assertTrue(Artifacts.compile(source, signed, Signing.privateKey(keys.resolve("pub.key"))).ok());
    assertTrue(Artifacts.load(signed, trusted).ok(), "signed by the publishing key");
    assertTrue(Artifacts.load(signed).ok(), "a signed artifact loads where no key is required too");

    Path unsigned = dir.resolve("unsigned.cvc");
    assertTrue(Artifacts.compile(source, unsigned).ok());
    assertTrue(problem(Artifacts.load(unsigned, trusted)).contains("is not signed"));

    Path other = dir.resolve("other.cvc");
    assertTrue(Artifacts.compile(source, other, Signing.privateKey(keys.resolve("other.key"))).ok());
    assertTrue(problem(Artifacts.load(other, trusted)).contains("does not verify"));

    // Signed, then a code changed and the checksum recomputed: the signature no longer matches.
    byte[] bytes = Files.readAllBytes(signed);
    int at = occurrences(bytes, "10101012".getBytes(StandardCharsets.UTF_8)).get(0);
    bytes[at + 7] = '3';
    Path changed = dir.resolve("changed.cvc");
    Files.write(changed, rechecksummed(bytes));
    assertTrue(problem(Artifacts.load(changed, trusted)).contains("does not verify"));

    Files.copy(unsigned, folder.resolve("unsigned.cvc"));
    try (ContractRegistry registry = ContractRegistry.open(folder, trusted)) {
      assertEquals(1, registry.contracts().size(), "only the signed artifact serves");
      List<Diagnostic> problems = registry.lastReload().problems();
      assertEquals(1, problems.size(), problems.toString());
      assertTrue(problems.get(0).file().endsWith("unsigned.cvc"), problems.get(0).file());
    }
  }

  @Test
  void aKeyFileThatIsNotAKeyIsAClearError() throws Exception {
    Path notAKey = Files.writeString(dir.resolve("x.pub"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    Signing.BadKey e = org.junit.jupiter.api.Assertions.assertThrows(Signing.BadKey.class,
        () -> Signing.publicKey(notAKey));
    assertTrue(e.getMessage().contains("is not an Ed25519 public key"), e.getMessage());
  }
}
