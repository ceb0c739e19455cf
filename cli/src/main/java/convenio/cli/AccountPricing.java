package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Contract;
import convenio.tiss.AccountFiles;
import convenio.model.PricingResult;
import convenio.tiss.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;

/** How the commands that price account files read and price each one, and report what went wrong on stderr. */
final class AccountPricing {
  private AccountPricing() {}

  /** The file read, its errors printed (each "file:line:col: …"), and its warnings too when {@code warnings}. */
  static AccountFiles.Loaded load(Path file, PrintWriter err, boolean warnings) {
    return load(file, err, warnings, ReadOptions.DEFAULTS);
  }

  /** As above, reading TISS lotes with {@code tiss} (validation against the message's own schema, limits). */
  static AccountFiles.Loaded load(Path file, PrintWriter err, boolean warnings, ReadOptions tiss) {
    AccountFiles.Loaded loaded = AccountFiles.load(file, tiss);
    if (warnings) for (String w : loaded.warnings()) err.println(w);
    for (String e : loaded.errors()) err.println(e);
    return loaded;
  }

  /** The account of {@code loaded} priced, or null after printing that the engine failed. */
  static PricingResult price(Contract contract, AccountFiles.Loaded loaded, PrintWriter err) {
    try {
      return contract.price(loaded.account());
    } catch (RuntimeException e) {
      err.println(MESSAGES.get("engine.failed", loaded.file(), e));
      return null;
    }
  }
}
