package convenio.diagnostics;

import convenio.i18n.Messages;
import convenio.i18n.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean …": the known names closest to a misspelt one by edit distance (as Catala and rustc suggest). */
public final class Suggestions {
  private static final Messages M = Messages.of(Suggestions.class, "convenio.model.messages");

  private Suggestions() {}

  /** A hint naming up to three close candidates, or null when none is close enough to be a likely typo. */
  public static String didYouMean(String wrong, Collection<String> known) {
    Text t = didYouMeanText(wrong, known);
    return t == null ? null : t.get();
  }

  /** {@link #didYouMean} as a {@link Text}, written in the reader's language when read. */
  public static Text didYouMeanText(String wrong, Collection<String> known) {
    List<String> close = closest(wrong, known);
    if (close.isEmpty()) return null;
    if (close.size() == 1) return M.text("suggest.one", close.get(0));
    return M.text("suggest.many", String.join(", ", close.subList(0, close.size() - 1)), close.get(close.size() - 1));
  }

  public static List<String> closest(String wrong, Collection<String> known) {
    String w = wrong.toLowerCase();
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    List<String> out = new ArrayList<>();
    for (String k : known) {
      if (k.equals(wrong)) continue;
      int d = distance(w, k.toLowerCase());
      if (d <= limit) out.add(k);
    }
    out.sort(Comparator.comparingInt((String k) -> distance(w, k.toLowerCase())).thenComparing(k -> k));
    return out.size() > 3 ? out.subList(0, 3) : out;
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
