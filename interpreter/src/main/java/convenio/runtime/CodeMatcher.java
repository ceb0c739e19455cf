package convenio.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A set of codes: exact codes (hashed), prefixes ({@code "301*"}) and ranges of codes of the same length. */
public final class CodeMatcher {
  private final Set<String> exact;
  private final List<String> prefixes;
  private final List<String[]> ranges;

  public CodeMatcher(Set<String> exact, List<String> prefixes, List<String[]> ranges) {
    this.exact = Set.copyOf(exact);
    this.prefixes = List.copyOf(prefixes);
    this.ranges = List.copyOf(ranges);
  }

  public static CodeMatcher union(List<CodeMatcher> parts) {
    Set<String> e = new HashSet<>();
    List<String> p = new ArrayList<>();
    List<String[]> r = new ArrayList<>();
    for (CodeMatcher m : parts) {
      e.addAll(m.exact);
      p.addAll(m.prefixes);
      r.addAll(m.ranges);
    }
    return new CodeMatcher(e, p, r);
  }

  /** The code, when this set is exactly one code (a specific price rule); else null. */
  public String single() {
    return exact.size() == 1 && prefixes.isEmpty() && ranges.isEmpty() ? exact.iterator().next() : null;
  }

  public boolean matches(String code) {
    if (code == null) return false;
    if (exact.contains(code)) return true;
    for (String p : prefixes) if (code.startsWith(p)) return true;
    for (String[] r : ranges) {
      if (code.length() == r[0].length() && code.compareTo(r[0]) >= 0 && code.compareTo(r[1]) <= 0) return true;
    }
    return false;
  }
}
