package convenio.desk;

import convenio.api.Selection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The selections of a group glosa as the API and scripts name them (Solus FAQ, "Glosas em grupos de serviços"):
 * {@code all}, {@code procedures}, {@code fees} (taxas and diárias), {@code matmed}, {@code opme}, {@code gases},
 * {@code date:2025-03-10} (same date), {@code code:10101012} (same code), {@code codes:1010*,20104014} (a filter;
 * {@code *} at the end matches a prefix).
 */
public final class Selections {
  public static final List<String> NAMES = List.of("all", "procedures", "fees", "matmed", "opme", "gases", "date:",
      "code:", "codes:");

  private Selections() {}

  public static Selection parse(String text) {
    String s = text == null ? "" : text.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "all": return Selection.ALL;
      case "procedures": return Selection.PROCEDURES;
      case "fees": return Selection.FEES;
      case "matmed": case "mat/med": return Selection.MATMED;
      case "opme": return Selection.OPME;
      case "gases": return Selection.GASES;
      default: break;
    }
    if (lower.startsWith("date:")) {
      try {
        return Selection.sameDate(LocalDate.parse(s.substring(5).strip()));
      } catch (DateTimeParseException e) {
        throw bad(s);
      }
    }
    if (lower.startsWith("code:") && !s.substring(5).isBlank()) return Selection.sameCode(s.substring(5).strip());
    if (lower.startsWith("codes:") && !s.substring(6).isBlank()) {
      return Selection.codes(Arrays.stream(s.substring(6).split(",")).map(String::strip).filter(x -> !x.isEmpty())
          .toList());
    }
    throw bad(s);
  }

  private static DeskException bad(String s) {
    return DeskException.of("bad-operation", null, null, "select.unknown", s, String.join(", ", NAMES));
  }
}
