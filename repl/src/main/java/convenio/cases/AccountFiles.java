package convenio.cli;

import convenio.model.Account;
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
 * Reads the accounts the commands are given: TISS XML lotes, or accounts in the YAML/JSON form, by extension.
 * Never throws: what cannot be read comes back as messages that start with the file (and line when known).
 */
final class AccountFiles {
  private AccountFiles() {}

  /**
   * @param account null when nothing could be read
   * @param errors  problems that lost data (a guide skipped, a value unreadable), each "file:line:col: …"
   * @param warnings problems that did not (an unknown code kept as written, a hash mismatch)
   */
  record Loaded(Path file, Account account, List<String> errors, List<String> warnings) {
    boolean ok() {
      return account != null && errors.isEmpty();
    }

    String firstError() {
      return errors.isEmpty() ? null : errors.get(0);
    }
  }

  static boolean isAccountFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  static Loaded load(Path file) {
    if (!Files.isRegularFile(file)) return failed(file, file + ": no such file");
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".xml")) return tiss(file);
    if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) return YamlAccounts.load(file);
    return failed(file, file + ": not an account (expected a TISS .xml lote, or a .yaml/.json account)");
  }

  private static Loaded tiss(Path file) {
    try {
      TissReadResult r = new TissReader().read(file);
      List<String> errors = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (TissProblem p : r.problems()) (p.isError() ? errors : warnings).add(file + ":" + p);
      return new Loaded(file, r.account(), errors, warnings);
    } catch (TissException e) {
      return failed(file, file + ":" + e.getMessage());
    } catch (UncheckedIOException e) {
      return failed(file, file + ": cannot read: " + e.getCause().getMessage());
    } catch (RuntimeException e) {
      return failed(file, file + ": the TISS reader failed: " + e);
    }
  }

  static Loaded failed(Path file, String message) {
    return new Loaded(file, null, List.of(message), List.of());
  }
}
