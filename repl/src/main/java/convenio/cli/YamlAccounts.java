package convenio.cli;

import convenio.cases.YamlAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Accounts in the YAML/JSON form (JSON is YAML), read with {@link YamlAccount}. */
final class YamlAccounts {
  private YamlAccounts() {}

  static AccountFiles.Loaded load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return AccountFiles.failed(file, file + ": cannot read: " + e.getMessage());
    }
    return parse(text, file, 1);
  }

  /** An account written inside another file (a test case) from {@code line} on. */
  static AccountFiles.Loaded parse(String yaml, Path file, int line) {
    YamlAccount.Read r = YamlAccount.parse(yaml, file, line);
    return new AccountFiles.Loaded(file, r.account(), r.problems(), List.of());
  }
}
