package convenio.check;

import convenio.syntax.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes, prefixes ({@code "301*"}) and ranges ({@code "40000000".."40999999"}) as the checker reasons about them:
 * does a set hold a code, can two sets share a code, which codes does a set list one by one. Codes compare as text of
 * equal length, as TISS codes do.
 */
final class CodeSets {
  private CodeSets() {}

  static boolean matches(Selector.CodeSetItem item, String code) {
    if (item.isRange()) {
      return code.length() == item.from().length() && code.compareTo(item.from()) >= 0 && code.compareTo(item.to()) <= 0;
    }
    if (item.isPrefix()) return code.startsWith(item.from().substring(0, item.from().length() - 1));
    return code.equals(item.from());
  }

  static boolean matches(List<Selector.CodeSetItem> items, String code) {
    for (Selector.CodeSetItem i : items) if (matches(i, code)) return true;
    return false;
  }

  /** Whether some code is in both: provable overlap only. */
  static boolean overlap(Selector.CodeSetItem a, Selector.CodeSetItem b) {
    if (!a.isRange() && !a.isPrefix()) return matches(b, a.from());
    if (!b.isRange() && !b.isPrefix()) return matches(a, b.from());
    if (a.isPrefix() && b.isPrefix()) {
      String p = stem(a), q = stem(b);
      return p.startsWith(q) || q.startsWith(p);
    }
    if (a.isRange() && b.isRange()) {
      return a.from().length() == b.from().length() && a.from().compareTo(b.to()) <= 0 && b.from().compareTo(a.to()) <= 0;
    }
    Selector.CodeSetItem prefix = a.isPrefix() ? a : b, range = a.isPrefix() ? b : a;
    String p = stem(prefix);
    if (p.length() > range.from().length()) return false;
    String lo = range.from().substring(0, p.length()), hi = range.to().substring(0, p.length());
    return p.compareTo(lo) >= 0 && p.compareTo(hi) <= 0;
  }

  static boolean overlap(List<Selector.CodeSetItem> a, List<Selector.CodeSetItem> b) {
    for (Selector.CodeSetItem x : a) for (Selector.CodeSetItem y : b) if (overlap(x, y)) return true;
    return false;
  }

  /** The codes of a set when it lists them one by one (no prefixes or ranges), else null. */
  static List<String> enumerate(List<Selector.CodeSetItem> items) {
    List<String> codes = new ArrayList<>();
    for (Selector.CodeSetItem i : items) {
      if (i.isRange() || i.isPrefix()) return null;
      codes.add(i.from());
    }
    return codes;
  }

  private static String stem(Selector.CodeSetItem prefix) {
    return prefix.from().substring(0, prefix.from().length() - 1);
  }
}
