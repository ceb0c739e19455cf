package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.artifact.ArtifactFormat;
import java.io.IOException;
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
@Command(name = "compile", mixinStandardHelpOptions = true, description = {
    "Compile a contract into an artifact (.cvc) that loads without its sources or table files.",
    "Every command's --contract, and `convenio serve`, accept the artifact in place of the source.",
    "The artifact gets the permissions the umask gives a new file (0644 under the usual 022)."},
    footer = {"", "Examples:",
        "  ./convenio compile contracts/clinica-imagem/clinica-imagem.convenio",
        "  ./convenio compile contracts/clinica-imagem/clinica-imagem.convenio \\",
        "      -o /srv/convenio/contracts/clinica-imagem-v3.cvc",
        "", "Exit codes (docs/commands.md): 0 written; 1 the contract has errors; 2 usage error;",
        "3 the source does not exist or the artifact cannot be written."})
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
      err.println(MESSAGES.get("compile.source.missing"));
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
      err.println(MESSAGES.get("file.missing", source));
      return ExitCode.FILES;
    }
    if (ContractLoading.isArtifact(source)) {
      err.println(MESSAGES.get("compile.already", source));
      return ExitCode.USAGE;
    }
    Path target = output != null ? output : defaultTarget(source);
    Compilation c = Artifacts.compile(source, target, signer);
    if (!c.diagnostics().isEmpty()) err.print(ContractLoading.render(c));
    err.flush();
    if (!c.ok()) {
      boolean unwritable = c.diagnostics().stream().anyMatch(d -> "artifact-write".equals(d.code()));
      return unwritable ? ExitCode.FILES : ExitCode.INPUT_ERRORS;
    }
    Contract k = c.contract();
    out.println(MESSAGES.get("compile.done", k.id(), k.version(), k.effectiveFrom(),
        k.effectiveTo() == null ? "" : k.effectiveTo(), target, size(target), k.sourceHash().substring(0, 12),
        signer != null ? MESSAGES.get("compile.signed") : ""));
    out.flush();
    return 0;
  }

  private int keyPair(PrintWriter out, PrintWriter err) {
    Path priv = Path.of(newKeyPair + ".key"), pub = Path.of(newKeyPair + ".pub");
    if (Files.exists(priv) || Files.exists(pub)) {
      err.println(MESSAGES.get("compile.keys.exist", priv, pub));
      return 1;
    }
    try {
      convenio.artifact.Signing.writePair(priv, pub);
    } catch (java.io.IOException e) {
      err.println(MESSAGES.get("compile.keys.unwritable", e.getMessage()));
      return 1;
    }
    out.println(MESSAGES.get("compile.keys.written", priv, pub));
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
    } catch (IOException e) {
      return "?";
    }
  }
}
