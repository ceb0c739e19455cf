package convenio.desk;

import convenio.common.StandardJustifications;
import convenio.diagnostics.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Every glosa the auditor writes must carry a code of TISS table 38 (dm_tipoGlosa, TISS 4.03.00): the demonstrativo
 * is validated against that table. A code it does not have is refused with the nearest ones it does have.
 */
final class GlosaCodes {
  private GlosaCodes() {}

  static void require(String code, String guide, Integer item) {
    if (code != null && StandardJustifications.of(code) != null) return;
    String c = code == null ? "" : code.strip();
    List<String> near = nearest(c);
    throw new DeskException("unknown-glosa-code", Texts.M.get("code.unknown", c, String.join(", ", near)), guide,
        item, near);
  }

  /** Up to three codes of the table: those one edit away, else the numerically closest. */
  static List<String> nearest(String code) {
    TreeSet<String> known = new TreeSet<>(StandardJustifications.all().keySet());
    List<String> close = Suggestions.closest(code, known);
    if (!close.isEmpty()) return close;
    List<String> all = new ArrayList<>(known);
    all.removeIf(k -> !k.matches("\\d{1,9}"));
    if (code.matches("\\d{1,9}")) {
      long n = Long.parseLong(code);
      all.sort(Comparator.comparingLong((String k) -> Math.abs(Long.parseLong(k) - n)).thenComparing(k -> k));
    }
    return all.subList(0, Math.min(3, all.size()));
  }
}
