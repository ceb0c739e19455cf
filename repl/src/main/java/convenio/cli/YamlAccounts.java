package convenio.cli;

import java.nio.file.Path;

/**
 * Accounts in the YAML/JSON form. TEMPORARY: delegates to the tiss module's YAML account reader once it exists
 * (docs/account-format.md); until then such files are refused with a clear message.
 */
final class YamlAccounts {
  private YamlAccounts() {}

  static AccountFiles.Loaded load(Path file) {
    return AccountFiles.failed(file, file + ": YAML/JSON accounts are not readable in this build yet (use TISS XML)");
  }

  static AccountFiles.Loaded parse(String yaml, String origin) {
    return AccountFiles.failed(null, origin + ": YAML accounts are not readable in this build yet");
  }
}
