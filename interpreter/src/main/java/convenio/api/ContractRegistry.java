package convenio.api;

import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.model.Account;
import convenio.model.PricingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The contracts of a folder ({@code *.cvc} artifacts and {@code *.convenio} sources, compiled on load), chosen per
 * account by operator, provider and execution date, and reloaded while accounts are being priced.
 *
 * <p>Every generation is an immutable {@link RegistrySnapshot} swapped in with one atomic write, so a reload never
 * shows a half-updated set and an account being priced finishes on the snapshot it started with. Contracts are plain
 * object graphs: no class loaders or generated classes, so an unloaded version is simply garbage once the last
 * account using it is done. A file that fails to load, or whose vigência overlaps another version of the same
 * operator–provider pair, is rejected with diagnostics, and what was serving goes on serving.
 */
public final class ContractRegistry implements AutoCloseable {
  private static final Messages M = Messages.of(ContractRegistry.class, "convenio.api.messages");
  private final Path folder;
  private final ContractLoader loader;
  private final AtomicReference<RegistrySnapshot> current = new AtomicReference<>(new RegistrySnapshot(0, List.of()));
  private final Object reloading = new Object();
  private volatile ReloadReport lastReload;
  private FolderWatch watch;

  private ContractRegistry(Path folder, ContractLoader loader) {
    this.folder = folder;
    this.loader = loader;
  }

  /** Loads every contract of {@code folder}; see {@link #lastReload()} for what was rejected. */
  public static ContractRegistry open(Path folder) {
    return open(folder, Artifacts::loadAny);
  }

  /**
   * A registry that serves only artifacts signed with the private key of {@code trusted} (Ed25519): unsigned or
   * wrongly signed artifacts, and contract sources, are refused with a problem in the reload report.
   */
  public static ContractRegistry open(Path folder, java.security.PublicKey trusted) {
    return open(folder, f -> Artifacts.loadAny(f, trusted));
  }

  public static ContractRegistry open(Path folder, ContractLoader loader) {
    ContractRegistry registry = new ContractRegistry(folder, loader);
    registry.reload();
    return registry;
  }

  public Path folder() {
    return folder;
  }

  /** The generation serving now. Price a batch on one snapshot to have it all priced by the same versions. */
  public RegistrySnapshot snapshot() {
    return current.get();
  }

  public List<RegisteredContract> contracts() {
    return current.get().contracts();
  }

  public ReloadReport lastReload() {
    return lastReload;
  }

  /** Prices an account with the contract version that covers it, in the generation serving when the call starts. */
  public Priced price(Account account) {
    return price(current.get(), account);
  }

  public static Priced price(RegistrySnapshot snapshot, Account account) {
    RegistrySnapshot.Selection selection = snapshot.select(account);
    if (!selection.ok()) return Priced.failed(selection);
    RegisteredContract chosen = selection.contract();
    Contract c = chosen.contract();
    PricingResult result = c.price(account);
    // Stamp the version that priced it, whatever the engine filled in: re-pricing needs exactly these three.
    if (!c.id().equals(result.contractId()) || !c.version().equals(result.contractVersion())
        || !c.sourceHash().equals(result.artifactHash())) {
      result = new PricingResult(result.account(), c.id(), c.version(), c.sourceHash(), result.guides(),
          result.totals());
    }
    return new Priced(result, chosen, null, null);
  }

  /**
   * Reads the folder again. Unchanged artifacts are kept as they are (same bytes, same object); changed and new files
   * are loaded and checked against the rest; then the new generation replaces the old one atomically, if anything
   * changed. One reload runs at a time.
   */
  public ReloadReport reload() {
    synchronized (reloading) {
      RegistrySnapshot old = current.get();
      List<Diagnostic> problems = new ArrayList<>();
      List<Path> files = list(problems);
      if (files == null) return report(old, old, problems);

      Map<Path, RegisteredContract> previous = new HashMap<>();
      for (RegisteredContract c : old.contracts()) previous.put(c.file(), c);
      List<RegisteredContract> kept = new ArrayList<>();
      List<RegisteredContract> fresh = new ArrayList<>();
      for (Path file : files) {
        RegisteredContract prev = previous.get(file);
        RegisteredContract loaded = load(file, prev, problems);
        if (loaded == null) continue;
        (loaded == prev ? kept : fresh).add(loaded);
      }
      List<RegisteredContract> accepted = admit(kept, fresh, previous, problems);
      RegistrySnapshot next = sameContracts(old.contracts(), accepted) ? old
          : new RegistrySnapshot(old.generation() + 1, accepted);
      current.set(next);
      return report(old, next, problems);
    }
  }

  /** The contract files of the folder in name order, or null (with a problem) when the folder cannot be read. */
  private List<Path> list(List<Diagnostic> problems) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> isContractFile(p) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      problems.add(Diagnostic.atLine(Severity.ERROR, "registry-folder", folder.toString(), 0,
          M.text("registry.folder", e.getMessage()), M.text("registry.folder.hint")));
      return null;
    }
  }

  static boolean isContractFile(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && (name.endsWith(".cvc") || name.endsWith(".convenio"));
  }

  /**
   * The file's contract: {@code prev} itself when the file is an unchanged artifact (or a source that compiles to the
   * same hash), a new entry when it changed, {@code prev} again when the new content is rejected, null for files that
   * are not contracts or that fail with nothing to fall back on.
   */
  private RegisteredContract load(Path file, RegisteredContract prev, List<Diagnostic> problems) {
    String fileHash;
    try {
      fileHash = sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      problems.add(Diagnostic.atLine(Severity.ERROR, "registry-read", file.toString(), 0,
          M.text("registry.read", e.getMessage())));
      return prev;
    }
    RegisteredContract.Kind kind = file.getFileName().toString().endsWith(".cvc")
        ? RegisteredContract.Kind.ARTIFACT : RegisteredContract.Kind.SOURCE;
    if (prev != null && kind == RegisteredContract.Kind.ARTIFACT && prev.fileHash().equals(fileHash)) return prev;
    Compilation compiled;
    try {
      compiled = loader.load(file);
    } catch (RuntimeException | StackOverflowError e) {
      // A file that breaks the compiler is rejected like any bad file: the registry goes on serving.
      compiled = new Compilation(List.of(Diagnostic.atLine(Severity.ERROR, "internal", file.toString(), 0,
          M.text("registry.internal", e), M.text("registry.internal.hint"))), null, Map.of());
    }
    if (compiled.contract() == null) {
      List<Diagnostic> errors = compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
      problems.addAll(errors);
      if (!errors.isEmpty() && prev != null) problems.add(keptServing(file, prev));
      return errors.isEmpty() ? null : prev;
    }
    Contract c = compiled.contract();
    if (prev != null && prev.contract().sourceHash().equals(c.sourceHash()) && prev.contract().id().equals(c.id())
        && prev.contract().version().equals(c.version())) {
      return prev; // a source recompiled to the very same contract: keep serving the object already in use
    }
    return new RegisteredContract(c, file, kind, fileHash);
  }

  /**
   * Adds the new entries one by one, refusing any whose vigência overlaps another version of the same pair. When both
   * sides are new neither is admitted (there is no serving version to prefer); a rejected file's previous version goes
   * on serving if it still fits.
   */
  private static List<RegisteredContract> admit(List<RegisteredContract> kept, List<RegisteredContract> fresh,
      Map<Path, RegisteredContract> previous, List<Diagnostic> problems) {
    List<RegisteredContract> accepted = new ArrayList<>(kept);
    Set<RegisteredContract> admittedNow = Collections.newSetFromMap(new IdentityHashMap<>());
    List<RegisteredContract> fallBack = new ArrayList<>();
    for (RegisteredContract e : fresh) {
      List<RegisteredContract> clash = accepted.stream().filter(a -> clashes(a, e)).toList();
      if (clash.isEmpty()) {
        accepted.add(e);
        admittedNow.add(e);
        continue;
      }
      if (clash.stream().allMatch(a -> sameContract(a, e))) {
        // The same contract twice (C.convenio and the C.cvc compiled from it): serve one, the artifact.
        if (e.kind() == RegisteredContract.Kind.ARTIFACT) {
          accepted.removeAll(clash);
          accepted.add(e);
          admittedNow.add(e);
        }
        continue;
      }
      for (RegisteredContract a : clash) {
        problems.add(overlap(e, a));
        if (admittedNow.remove(a)) {
          accepted.remove(a);
          fallBack.add(previous.get(a.file()));
        }
      }
      fallBack.add(previous.get(e.file()));
    }
    for (RegisteredContract prev : fallBack) {
      if (prev == null || accepted.contains(prev)) continue;
      if (accepted.stream().noneMatch(a -> clashes(a, prev) || a.file().equals(prev.file()))) {
        accepted.add(prev);
        problems.add(keptServing(prev.file(), prev));
      }
    }
    accepted.sort((a, b) -> a.file().compareTo(b.file()));
    return accepted;
  }

  private static boolean clashes(RegisteredContract a, RegisteredContract b) {
    return ContractParties.of(a.contract()).equals(ContractParties.of(b.contract())) && a.overlaps(b);
  }

  private static boolean sameContract(RegisteredContract a, RegisteredContract b) {
    return a.contract().id().equals(b.contract().id()) && a.contract().version().equals(b.contract().version())
        && a.contract().sourceHash().equals(b.contract().sourceHash());
  }

  private static Diagnostic overlap(RegisteredContract rejected, RegisteredContract other) {
    return new Diagnostic(Severity.ERROR, "registry-overlap", rejected.file().toString(), 0, 0, 0,
        M.text("registry.overlap", rejected.description(), other.description(),
            ContractParties.of(rejected.contract()).description()),
        M.text("registry.overlap.hint"),
        new Diagnostic.Related(other.file().toString(), 0, 0, M.text("registry.overlap.other")));
  }

  private static Diagnostic keptServing(Path file, RegisteredContract prev) {
    return Diagnostic.atLine(Severity.NOTE, "registry-kept", file.toString(), 0,
        M.text("registry.kept", prev.description()));
  }

  private static boolean sameContracts(List<RegisteredContract> a, List<RegisteredContract> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
    return true;
  }

  private ReloadReport report(RegistrySnapshot old, RegistrySnapshot next, List<Diagnostic> problems) {
    Set<RegisteredContract> before = Collections.newSetFromMap(new IdentityHashMap<>());
    before.addAll(old.contracts());
    Set<RegisteredContract> after = Collections.newSetFromMap(new IdentityHashMap<>());
    after.addAll(next.contracts());
    List<String> loaded = next.contracts().stream().filter(c -> !before.contains(c))
        .map(RegisteredContract::describe).toList();
    List<String> unloaded = old.contracts().stream().filter(c -> !after.contains(c))
        .map(RegisteredContract::describe).toList();
    ReloadReport r = new ReloadReport(next.generation(), loaded, unloaded, problems);
    lastReload = r;
    return r;
  }

  /**
   * Reloads by itself when files of the folder change, once they have been quiet for {@code quiet} (an analyst
   * copying several files gets one reload). {@code listener} hears every such reload; {@link #close()} stops it.
   */
  public synchronized void watch(Duration quiet, Consumer<ReloadReport> listener) throws IOException {
    if (watch != null) return;
    watch = new FolderWatch(folder, quiet, () -> listener.accept(reload()));
  }

  /** Stops watching the folder; the contracts stay usable. */
  @Override
  public synchronized void close() {
    if (watch != null) {
      watch.close();
      watch = null;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
