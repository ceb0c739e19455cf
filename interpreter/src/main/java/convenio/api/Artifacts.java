package convenio.api;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.artifact.Artifact;
import convenio.artifact.ArtifactException;
import convenio.artifact.ArtifactFormat;
import convenio.artifact.ArtifactHeader;
import convenio.artifact.ArtifactReader;
import convenio.artifact.ArtifactWriter;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.syntax.Header;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.tables.TableLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiled contracts ({@code .cvc}) in the public API: compile a source and write its artifact, load an artifact back
 * into a {@link Contract}. Loading decodes the checked program and the loaded tables, then runs the same compile step
 * as compiling from source ({@link Convenio#compile(Program, TableLoader.Result)}), so a contract and its artifact
 * price alike; it reads no source and no table file and parses nothing (unless asked: {@link #verifySources}). Problems come back as diagnostics naming the
 * file, and nothing is half loaded.
 */
public final class Artifacts {
  private static final Messages M = Messages.of(Artifacts.class, "convenio.api.messages");
  private Artifacts() {}

  /** Compiles {@code source}; when it has no error, writes the artifact to {@code target}. */
  public static Compilation compile(Path source, Path target) {
    return compile(source, target, null);
  }

  /** As {@link #compile(Path, Path)}, the artifact signed with {@code signer} (Ed25519) when it is not null. */
  public static Compilation compile(Path source, Path target, PrivateKey signer) {
    Program program = ModuleLoader.load(source);
    TableLoader.Result tables = TableLoader.load(program);
    Compilation compiled = Convenio.compile(program, tables);
    if (!compiled.ok()) return compiled;
    try {
      ArtifactWriter.write(encode(compiled.contract(), program, tables, signer), target);
      return compiled;
    } catch (IOException e) {
      return withDiagnostic(compiled, Diagnostic.atLine(Severity.ERROR, "artifact-write", target.toString(), 0,
          M.text("artifact.write", e.getMessage()), M.text("artifact.write.hint")));
    }
  }

  /**
   * Writes the artifact of a contract compiled from {@code program} and {@code tables} (for callers that compiled it
   * themselves, like the REPL), atomically: a folder watched by a registry never holds half an artifact.
   */
  public static void write(Contract contract, Program program, TableLoader.Result tables, Path target)
      throws IOException {
    ArtifactWriter.write(encode(contract, program, tables), target);
  }

  /** The artifact of a contract compiled from {@code program} and {@code tables}. */
  public static byte[] encode(Contract contract, Program program, TableLoader.Result tables) {
    return encode(contract, program, tables, null);
  }

  public static byte[] encode(Contract contract, Program program, TableLoader.Result tables, PrivateKey signer) {
    ArtifactHeader header = new ArtifactHeader(ArtifactFormat.VERSION, contract.id(), contract.version(),
        contract.name(), contract.operatorAns(), contract.providerKind(), contract.providerId(),
        contract.effectiveFrom(), contract.effectiveTo(), ArtifactFormat.compilerVersion(), contract.sourceHash());
    return ArtifactWriter.encode(header, program, tables, signer);
  }

  /** The contract in an artifact, or a diagnostic naming the file and saying what to do. */
  public static Compilation load(Path artifact) {
    return load(artifact, null);
  }

  /** As {@link #load(Path)}, accepting only an artifact signed with the private key of {@code trusted}. */
  public static Compilation load(Path artifact, PublicKey trusted) {
    return load(artifact, trusted, false);
  }

  /**
   * As {@link #load(Path)}, and each file's syntax tree is also compared with its source text parsed again: what a
   * load did before artifacts carried a tree digest, for an auditor who wants the trees proven from the sources
   * ({@code --verify-sources}). Slower: it parses every source, the standard modules included.
   */
  public static Compilation verifySources(Path artifact, PublicKey trusted) {
    return load(artifact, trusted, true);
  }

  private static Compilation load(Path artifact, PublicKey trusted, boolean parseSources) {
    try {
      return fromArtifact(ArtifactReader.read(artifact, trusted), artifact.toString(), parseSources);
    } catch (ArtifactException e) {
      return new Compilation(List.of(Diagnostic.atLine(Severity.ERROR, "artifact", e.file(), 0,
          e.getMessage().substring(e.file().length()).strip(), e.hint())), null, Map.of());
    }
  }

  /** Builds the contract of a decoded artifact; its id, version and hash are the ones its header recorded. */
  public static Compilation fromArtifact(Artifact artifact, String name) {
    return fromArtifact(artifact, name, false);
  }

  private static Compilation fromArtifact(Artifact artifact, String name, boolean parseSources) {
    // the content digest, checked before decoding, already refused a changed source, tree or table; parsing the
    // sources again and recomputing their hash is the slower check asked for by --verify-sources
    Text tampered = !parseSources ? null
        : ArtifactIntegrity.mismatch(artifact, Convenio.hash(artifact.program(), artifact.tables()));
    if (tampered != null) {
      return new Compilation(List.of(Diagnostic.atLine(Severity.ERROR, "artifact", name, 0, tampered,
          M.text("artifact.tampered.hint"))), null, Map.of());
    }
    // Written by this very compiler: it was checked and hashed then, and the checksum says nothing changed since.
    // Written by another version: check it again, since what is valid may have changed.
    boolean sameCompiler = ArtifactFormat.compilerVersion().equals(artifact.header().compilerVersion());
    Compilation compiled = sameCompiler
        ? Convenio.compileChecked(artifact.program(), artifact.tables(), artifact.header().sourceHash())
        : Convenio.compile(artifact.program(), artifact.tables());
    if (!compiled.ok()) {
      return withDiagnostic(compiled, Diagnostic.atLine(Severity.ERROR, "artifact-compile", name, 0,
          M.text("artifact.recompile", ArtifactFormat.compilerVersion(), artifact.header().compilerVersion()),
          M.text("artifact.recompile.hint")));
    }
    Contract c = compiled.contract();
    ArtifactHeader h = artifact.header();
    boolean sameIdentity = c.id().equals(h.contractId()) && c.version().equals(h.version())
        && c.sourceHash().equals(h.sourceHash());
    Contract contract = sameIdentity ? c : new ArtifactContract(c, h);
    return new Compilation(compiled.diagnostics(), contract, compiled.sources());
  }

  /**
   * What the registry uses for each file of its folder: an artifact is loaded, a contract source compiled; a module
   * file (shared declarations, no contract) gives an empty compilation, which means "skip".
   */
  public static Compilation loadAny(Path file) {
    return loadAny(file, null);
  }

  /**
   * As {@link #loadAny(Path)}; with a {@code trusted} key, only artifacts it signed: a contract source, which no key
   * signed, is refused too.
   */
  public static Compilation loadAny(Path file, PublicKey trusted) {
    if (file.getFileName().toString().endsWith(ArtifactFormat.EXTENSION)) return load(file, trusted);
    if (trusted != null && file.getFileName().toString().endsWith(".convenio")) {
      return new Compilation(List.of(Diagnostic.atLine(Severity.ERROR, "artifact", file.toString(), 0,
          M.text("artifact.source.unsigned"), M.text("artifact.source.unsigned.hint", file.getFileName()))), null, Map.of());
    }
    Program program = ModuleLoader.load(file);
    if (program.main() != null && program.main().header() instanceof Header.Module) {
      return new Compilation(List.of(), null, program.sources());
    }
    return Convenio.compile(program, TableLoader.load(program));
  }

  private static Compilation withDiagnostic(Compilation c, Diagnostic d) {
    List<Diagnostic> all = new ArrayList<>(c.diagnostics());
    all.add(d);
    return new Compilation(all, null, c.sources());
  }
}
