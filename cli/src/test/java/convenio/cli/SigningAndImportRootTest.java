package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Artifacts;
import convenio.artifact.Signing;
import convenio.syntax.ModuleLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convenio compile --new-key-pair / --sign-key}, and {@code --import-root} on the commands that load contracts. */
class SigningAndImportRootTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @AfterEach
  void forgetTheRoot() {
    System.clearProperty(ModuleLoader.IMPORT_ROOT_PROPERTY);
  }

  @Test
  void aKeyPairSignsArtifactsThatOnlyItsPublicHalfAccepts() throws Exception {
    Path base = dir.resolve("publicacao");
    Run keys = run("compile", "--new-key-pair", base.toString());
    assertEquals(0, keys.code(), keys.err());
    assertTrue(Files.isRegularFile(dir.resolve("publicacao.key")) && Files.isRegularFile(dir.resolve("publicacao.pub")));
    assertEquals(1, run("compile", "--new-key-pair", base.toString()).code(), "a key pair is never overwritten");

    Path source = dir.resolve("clinica.convenio");
    Files.writeString(source, CompileCommandTest.CONTRACT);
    Path artifact = dir.resolve("clinica.cvc");
    Run signed = run("compile", "--sign-key", dir.resolve("publicacao.key").toString(), source.toString(), "-o",
        artifact.toString());
    assertEquals(0, signed.code(), signed.err());
    assertTrue(signed.out().contains(", signed)"), signed.out());
    assertTrue(Artifacts.load(artifact, Signing.publicKey(dir.resolve("publicacao.pub"))).ok());

    Run wrongKey = run("compile", "--sign-key", dir.resolve("publicacao.pub").toString(), source.toString());
    assertEquals(1, wrongKey.code());
    assertTrue(wrongKey.err().contains("is not an Ed25519 private key"), wrongKey.err());
  }

  @Test
  void importRootWidensWhereImportsMayBeRead() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("compartilhado"));
    Files.writeString(shared.resolve("comum.convenio"), "module comum\nlet taxa = R$ 10,00\n");
    Path contract = Files.createDirectories(dir.resolve("contrato")).resolve("c.convenio");
    Files.writeString(contract, CompileCommandTest.CONTRACT + "import \"../compartilhado/comum.convenio\"\n");
    Run confined = run("check", contract.toString());
    assertEquals(1, confined.code());
    assertTrue(confined.out().contains("is outside the contract's folder"), confined.out());
    Run widened = run("check", "--import-root", shared.toString(), contract.toString());
    assertEquals(0, widened.code(), widened.out() + widened.err());
  }
}
