package convenio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.diagnostics.Diagnostic;
import convenio.model.Account;
import convenio.model.PricingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract compiled from source and its artifact, loaded back, price every account identically. */
class ArtifactRoundTripTest {
  @TempDir Path dir;

  @Test
  void theArtifactPricesExactlyAsTheSourceDid() throws Exception {
    Path source = SampleContract.write(dir.resolve("src"), "clinica", "1", "2025-01-01", null, 20);
    Path artifact = dir.resolve("clinica.cvc");
    Compilation fromSource = Artifacts.compile(source, artifact);
    assertTrue(fromSource.ok(), () -> fromSource.diagnostics().stream().map(Diagnostic::headline).toList().toString());

    // Loading reads neither the source nor the table file.
    deleteTree(dir.resolve("src"));
    Compilation loaded = Artifacts.load(artifact);
    assertTrue(loaded.ok(), () -> loaded.diagnostics().stream().map(Diagnostic::headline).toList().toString());

    Contract a = fromSource.contract(), b = loaded.contract();
    assertEquals(List.of(a.id(), a.version(), a.sourceHash(), a.operatorAns(), a.providerId()),
        List.of(b.id(), b.version(), b.sourceHash(), b.operatorAns(), b.providerId()));
    int glosed = 0;
    for (int round = 0; round < 2; round++) { // the same scenario twice: nothing carries over between runs
      for (Account account : SampleContract.accounts(60, 7)) {
        PricingResult expected = a.price(account), actual = b.price(account);
        assertEquals(expected, actual, "items, glosas, traces and totals, to the cent");
        assertEquals(b.sourceHash(), actual.artifactHash());
        if (!expected.totals().glosed().isZero()) glosed++;
      }
    }
    assertTrue(glosed > 10, "the scenario exercises glosas, not only plain prices");
  }

  @Test
  void aDamagedArtifactIsADiagnosticNamingTheFile() throws Exception {
    Path source = SampleContract.write(dir, "clinica", "1", "2025-01-01", null, 20);
    Path artifact = dir.resolve("clinica.cvc");
    assertTrue(Artifacts.compile(source, artifact).ok());
    byte[] bytes = Files.readAllBytes(artifact);
    bytes[bytes.length / 3] ^= 0x40;
    Files.write(artifact, bytes);
    Compilation c = Artifacts.load(artifact);
    assertFalse(c.ok());
    Diagnostic d = c.diagnostics().get(0);
    assertEquals(artifact.toString(), d.file());
    assertTrue(d.message().contains("fails its checksum"), d.message());
  }

  @Test
  void aSourceWithErrorsWritesNoArtifact() throws Exception {
    Path source = dir.resolve("bad.convenio");
    Files.writeString(source, "contract \"x\" version 1\n  operator ans \"1\"\nprice procedures = nonsense\n");
    Compilation c = Artifacts.compile(source, dir.resolve("bad.cvc"));
    assertFalse(c.ok());
    assertFalse(Files.exists(dir.resolve("bad.cvc")));
  }

  static void deleteTree(Path root) throws Exception {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
