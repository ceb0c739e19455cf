package convenio.tiss;

import convenio.model.Account;
import convenio.tiss.AccountYaml;
import convenio.tiss.ReadOptions;
import convenio.tiss.TissException;
import convenio.tiss.TissProblem;
import convenio.tiss.TissReadResult;
import convenio.tiss.TissReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the accounts the commands and cases are given: TISS XML lotes, or accounts in the YAML/JSON form of
 * docs/account-format.md, by extension.
 * Never throws: what cannot be read comes back as messages that start with the file (and line when known).
 */
public final class AccountFiles {
  private AccountFiles() {}

  /**
   * @param account null when nothing could be read
   * @param errors  problems that lost data (a guide skipped, a value unreadable), each "file:line:col: …"
   * @param warnings problems that did not (an unknown code kept as written, a hash mismatch, a schema error)
   */
  public record Loaded(Path file, Account account, List<String> errors, List<String> warnings) {
    public boolean ok() {
      return account != null && errors.isEmpty();
    }

    public String firstError() {
      return errors.isEmpty() ? null : errors.get(0);
    }
  }

  public static boolean isAccountFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  public static Loaded load(Path file) {
    return load(file, ReadOptions.DEFAULTS);
  }

  /** As {@link #load(Path)}, reading TISS lotes with {@code tiss} (e.g. validated against their own schema). */
  public static Loaded load(Path file, ReadOptions tiss) {
    if (!Files.isRegularFile(file)) return failed(file, TissTexts.M.get("file.missing", file));
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".xml")) return tiss(file, tiss);
    if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) return yaml(file);
    return failed(file, TissTexts.M.get("file.not.account", file));
  }

  private static Loaded tiss(Path file, ReadOptions options) {
    try {
      TissReadResult r = new TissReader(options).read(file);
      List<String> errors = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      // A schema error (asked for with validation) loses nothing: the message was still read, so it does not make
      // the file fail; it is shown with the warnings, as "error: …".
      for (TissProblem p : r.problems()) {
        boolean lostData = p.isError() && p.kind() != TissProblem.Kind.SCHEMA;
        (lostData ? errors : warnings).add(file + ":" + p);
      }
      return new Loaded(file, r.account(), errors, warnings);
    } catch (TissException e) {
      return failed(file, file + ":" + e.getMessage());
    } catch (UncheckedIOException e) {
      return failed(file, TissTexts.M.get("file.read.failed", file, e.getCause().getMessage()));
    } catch (RuntimeException e) {
      return failed(file, TissTexts.M.get("file.reader.failed", file, e));
    }
  }

  /** An account file in the tiss module's YAML/JSON form (docs/account-format.md). */
  private static Loaded yaml(Path file) {
    try {
      return loaded(file, AccountYaml.parse(file));
    } catch (UncheckedIOException e) {
      return failed(file, TissTexts.M.get("file.read.failed", file, e.getCause().getMessage()));
    }
  }

  /**
   * An account written inline in a test case from {@code line} on: read by the same reader as account files, with
   * mistakes reported at their line in the case file.
   */
  public static Loaded yaml(String text, Path file, int line) {
    return loaded(file, AccountYaml.parseYaml(text, file, line));
  }

  private static Loaded loaded(Path file, AccountYaml.Read r) {
    return new Loaded(file, r.account(), r.problems(), List.of());
  }

  public static Loaded failed(Path file, String message) {
    return new Loaded(file, null, List.of(message), List.of());
  }
}
