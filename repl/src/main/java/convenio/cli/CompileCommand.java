package convenio.cli;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.artifact.ArtifactFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convenio compile C.convenio -o C.cvc}: checks the contract and, when it has no error, writes the compiled
 * artifact (the checked program and its loaded tables) that billing systems load without sources or table files.
 */
@Command(name = "compile", description = {
    "Compile a contract into an artifact (.cvc) that loads without its sources or table files.",
    "Every command's --contract, and `convenio serve`, accept the artifact in place of the source."})
final class CompileCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "CONTRACT", description = "the contract source (.convenio)")
  Path source;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "where to write the artifact (default: the source's name with .cvc, beside it)")
  Path output;

  @Option(names = "--sign-key", paramLabel = "PRIVATE-KEY",
      description = "sign the artifact with this Ed25519 private key (PKCS#8 PEM, e.g. from openssl genpkey"
          + " -algorithm ed25519); serve --verify-key loads only signed artifacts")
  Path signKey;

  @Option(names = "--new-key-pair", paramLabel = "BASE",
      description = "write a new Ed25519 key pair as BASE.key (private: keep it with the publishing step) and"
          + " BASE.pub (public: give it to serve --verify-key), then stop")
  Path newKeyPair;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (newKeyPair != null) return keyPair(out, err);
    if (source == null) {
      err.println("name the contract source to compile");
      return 2;
    }
    java.security.PrivateKey signer = null;
    if (signKey != null) {
      try {
        signer = convenio.artifact.Signing.privateKey(signKey);
      } catch (convenio.artifact.Signing.BadKey e) {
        err.println(e.getMessage());
        return 1;
      }
    }
    if (!Files.isRegularFile(source)) {
      err.println(source + ": no such file");
      return 1;
    }
    if (ContractLoading.isArtifact(source)) {
      err.println(source + ": is already compiled; give the contract source (.convenio)");
      return 2;
    }
    Path target = output != null ? output : defaultTarget(source);
    Compilation c = Artifacts.compile(source, target, signer);
    if (!c.diagnostics().isEmpty()) err.print(ContractLoading.render(c));
    err.flush();
    if (!c.ok()) return 1;
    Contract k = c.contract();
    out.println("compiled " + k.id() + " version " + k.version() + " (" + k.effectiveFrom() + " .. "
        + (k.effectiveTo() == null ? "" : k.effectiveTo()) + ") → " + target + " (" + size(target) + ", sha256 of "
        + "sources and tables " + k.sourceHash().substring(0, 12) + "…" + (signer != null ? ", signed" : "") + ")");
    out.flush();
    return 0;
  }

  private int keyPair(PrintWriter out, PrintWriter err) {
    Path priv = Path.of(newKeyPair + ".key"), pub = Path.of(newKeyPair + ".pub");
    if (Files.exists(priv) || Files.exists(pub)) {
      err.println(priv + " or " + pub + " already exists; a key pair is never overwritten");
      return 1;
    }
    try {
      convenio.artifact.Signing.writePair(priv, pub);
    } catch (java.io.IOException e) {
      err.println("cannot write the key pair: " + e.getMessage());
      return 1;
    }
    out.println("wrote " + priv + " (private: keep it with the publishing step) and " + pub
        + " (public: convenio serve --verify-key " + pub + ")");
    out.flush();
    return 0;
  }

  static Path defaultTarget(Path source) {
    String name = source.getFileName().toString();
    String base = name.endsWith(".convenio") ? name.substring(0, name.length() - ".convenio".length()) : name;
    return source.resolveSibling(base + ArtifactFormat.EXTENSION);
  }

  private static String size(Path p) {
    try {
      long n = Files.size(p);
      return n < 10_000 ? n + " bytes" : n / 1024 + " KB";
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
