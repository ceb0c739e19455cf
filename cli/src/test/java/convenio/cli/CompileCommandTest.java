package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Contract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convenio compile}, and {@link ContractLoading} taking an artifact wherever a contract is expected. */
class CompileCommandTest {
  static final String CONTRACT = """
      contract "Bem Viver x Clínica" version 2
        id "bemviver-clinica"
        operator ans "345678"
        provider cnpj "23.456.789/0001-12"
        effective 2025-01-01
        rounding half_up to cents per item
      import std.tiss.glosas
      price procedure "10101012" = R$ 150,00
      """;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void compilesToAnArtifactThatLoadsInPlaceOfTheSource() throws Exception {
    Path source = dir.resolve("clinica.convenio");
    Files.writeString(source, CONTRACT);
    Run r = run("compile", source.toString(), "-o", dir.resolve("out/c.cvc").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("compiled bemviver-clinica version 2 (2025-01-01 .. ) → "), r.out());

    StringWriter err = new StringWriter();
    Contract c = ContractLoading.load(dir.resolve("out/c.cvc"), new PrintWriter(err));
    assertNotNull(c, err.toString());
    assertEquals("2", c.version());
    assertEquals(ContractLoading.load(source, new PrintWriter(err)).sourceHash(), c.sourceHash());
  }

  @Test
  void verifyingAnArtifactsSourcesLoadsTheSameContract() throws Exception {
    Path source = dir.resolve("clinica.convenio");
    Files.writeString(source, CONTRACT);
    assertEquals(0, run("compile", source.toString(), "-o", dir.resolve("c.cvc").toString()).code());
    StringWriter err = new StringWriter();
    Contract verified = ContractLoading.load(dir.resolve("c.cvc"), true, new PrintWriter(err));
    assertNotNull(verified, err.toString());
    assertEquals(ContractLoading.load(source, new PrintWriter(err)).sourceHash(), verified.sourceHash());
  }

  /**
   * The artifact is created as any new file is, so the user's umask decides its permissions (0644 under the usual
   * 022): a probe file created in the same folder shows what the umask gives, and the artifact must match it, with
   * group and others able to read it whenever the probe is.
   */
  @Test
  void theArtifactHasTheUmasksPermissionsNot0600() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path source = dir.resolve("clinica.convenio");
    Files.writeString(source, CONTRACT);
    assertEquals(0, run("compile", source.toString(), "-o", dir.resolve("c.cvc").toString()).code());
    var probe = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
    var artifact = Files.getPosixFilePermissions(dir.resolve("c.cvc"));
    assertEquals(probe, artifact);
    if (probe.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
      assertTrue(artifact.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
          && artifact.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), artifact.toString());
    }
    try (var left = Files.list(dir)) {
      assertEquals(0, left.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }

  @Test
  void withoutOutputTheArtifactGoesBesideTheSource() throws Exception {
    Path source = dir.resolve("clinica.convenio");
    Files.writeString(source, CONTRACT);
    assertEquals(0, run("compile", source.toString()).code());
    assertTrue(Files.isRegularFile(dir.resolve("clinica.cvc")));
  }

  @Test
  void aContractWithErrorsIsNotCompiled() throws Exception {
    Path source = dir.resolve("bad.convenio");
    Files.writeString(source, CONTRACT.replace("R$ 150,00", "R$ 150,00 + 10%"));
    Run r = run("compile", source.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(source + ":8:"), r.err());
    assertTrue(r.err().contains("failed: 1 error"), r.err());
    assertTrue(!Files.exists(dir.resolve("bad.cvc")));
  }

  @Test
  void aDamagedArtifactIsRefusedNamingTheFile() throws Exception {
    Path bad = dir.resolve("damaged.cvc");
    Files.writeString(bad, "CNVC but not really");
    StringWriter err = new StringWriter();
    assertNull(ContractLoading.load(bad, new PrintWriter(err)));
    assertTrue(err.toString().contains(bad + ": error[artifact]: "), err.toString());
  }
}
