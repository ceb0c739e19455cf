package convenio.check;

import convenio.common.PriceRank;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.model.ItemKind;
import convenio.syntax.AstPrinter;
import convenio.syntax.Decl;
import convenio.syntax.Selector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which price rule wins is decided by rank, never by file order (docs/language.md, "Price rules"): tier (specific >
 * linear > default), then a congênere restriction, then a {@code when}. This pass reports what can be seen without an
 * account: two rules of equal rank that take the same items (ambiguous), and a rule whose every item is taken by
 * unconditional rules of a higher tier (unreachable). It only reports what it can prove: a table whose rows it does not
 * know is assumed to share no codes with another.
 */
final class Precedence {
  /** A price rule with its code filter resolved (groups expanded) and the codes of its table, when known. */
  private record Rule(Decl.Price decl, PriceRank.Tier tier, List<Selector.CodeSetItem> codes, Set<String> tableCodes,
      String when, String price) {
    Selector sel() {
      return decl.selector();
    }

    String single() {
      return sel().filter() instanceof Selector.SingleCode c ? c.code() : null;
    }

    /** Whether this rule can take a code, as far as can be known (unknown table rows: yes). */
    boolean admits(String code) {
      if (single() != null && !single().equals(code)) return false;
      if (codes != null && !CodeSets.matches(codes, code)) return false;
      return sel().table() == null || tableCodes == null || tableCodes.contains(code);
    }

    /** Codes this rule can take, listed one by one, or null when they are not finite and known. */
    List<String> finiteCodes() {
      List<String> candidates = null;
      if (single() != null) candidates = List.of(single());
      else if (codes != null) candidates = CodeSets.enumerate(codes);
      if (candidates == null && sel().table() != null && tableCodes != null) candidates = new ArrayList<>(tableCodes);
      if (candidates == null) return null;
      List<String> out = new ArrayList<>();
      for (String c : candidates) if (admits(c)) out.add(c);
      return out;
    }
  }

  private final Symbols symbols;
  private final Map<String, Set<String>> tableCodes;
  private final Diagnostics out;

  Precedence(Symbols symbols, Map<String, Set<String>> tableCodes, Diagnostics out) {
    this.symbols = symbols;
    this.tableCodes = tableCodes;
    this.out = out;
  }

  void check(List<Decl.Price> prices) {
    List<Rule> rules = new ArrayList<>();
    for (Decl.Price p : prices) {
      // A rule naming a group or table that does not exist is reported as such; it takes no part here.
      if (p.selector().filter() instanceof Selector.GroupRef g && !symbols.groups.containsKey(g.name())) continue;
      if (p.selector().table() != null && !symbols.tables.containsKey(p.selector().table())) continue;
      List<Selector.CodeSetItem> codes = codes(p.selector());
      Set<String> keys = p.selector().table() == null ? null : tableCodes.get(p.selector().table());
      rules.add(new Rule(p, p.selector().tier(), codes, keys, p.when() == null ? null : AstPrinter.expr(p.when()),
          AstPrinter.expr(p.price()) + "|" + AstPrinter.expr(p.atMost()) + "|" + AstPrinter.expr(p.atLeast())));
    }
    // A rule that can never apply is reported as such, and not again as ambiguous with the rules it overlaps.
    Set<Rule> unreachable = new HashSet<>();
    for (Rule r : rules) if (unreachable(r, rules)) unreachable.add(r);
    for (int j = 0; j < rules.size(); j++) {
      Rule b = rules.get(j);
      if (unreachable.contains(b)) continue;
      for (int i = 0; i < j; i++) {
        Rule a = rules.get(i);
        if (unreachable.contains(a)) continue;
        if (sameRank(a, b) && overlap(a, b)) {
          boolean identical = AstPrinter.selector(a.sel()).equals(AstPrinter.selector(b.sel()));
          if (identical && a.price().equals(b.price())) {
            out.add(Diagnostic.error("unreachable", b.decl().span(), "this price rule repeats the one at line "
                + a.decl().span().line() + ": it can never apply", "remove one of the two")
                .withRelated(a.decl().span(), "the same rule"));
          } else {
            out.add(Diagnostic.error("ambiguous", b.decl().span(), "this price rule and the one at line "
                + a.decl().span().line() + " have the same rank and can price the same items",
                "make one more specific (a single code, a congênere, or a 'when' condition), or merge them;"
                    + " precedence never follows the order of the file").withRelated(a.decl().span(), "the other rule"));
          }
          break;
        }
      }
    }
  }

  private List<Selector.CodeSetItem> codes(Selector s) {
    if (s.filter() instanceof Selector.CodeSet set) return expand(set.items(), new HashSet<>());
    if (s.filter() instanceof Selector.GroupRef g) {
      Decl.Group group = symbols.groups.get(g.name());
      return group == null ? null : expand(group.codes().items(), new HashSet<>(Set.of(g.name())));
    }
    return null;
  }

  /** Code set items with {@code group NAME} references replaced by the group's items. */
  private List<Selector.CodeSetItem> expand(List<Selector.CodeSetItem> items, Set<String> seen) {
    List<Selector.CodeSetItem> out = new ArrayList<>();
    for (Selector.CodeSetItem i : items) {
      String name = i.group();
      if (name != null) {
        Decl.Group g = symbols.groups.get(name);
        if (g != null && seen.add(name)) out.addAll(expand(g.codes().items(), seen));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /** Equal rank, and nothing that keeps them apart: the same congênere (or none) and the same condition (or none). */
  private static boolean sameRank(Rule a, Rule b) {
    return PriceRank.compare(a.tier(), a.sel().congenere() != null, a.when() != null, b.tier(),
        b.sel().congenere() != null, b.when() != null) == 0
        && eq(a.sel().congenere(), b.sel().congenere()) && eq(a.when(), b.when());
  }

  /** Whether some item can be taken by both: kinds, TISS table and codes all meet. */
  private static boolean overlap(Rule a, Rule b) {
    Set<ItemKind> kinds = new HashSet<>(a.sel().kinds());
    kinds.retainAll(b.sel().kinds());
    if (kinds.isEmpty()) return false;
    if (a.sel().tissTable() != null && b.sel().tissTable() != null && !a.sel().tissTable().equals(b.sel().tissTable())) {
      return false;
    }
    List<String> finite = a.finiteCodes() != null ? a.finiteCodes() : b.finiteCodes();
    if (finite != null) {
      for (String code : finite) if (a.admits(code) && b.admits(code)) return true;
      return false;
    }
    // Neither side lists its codes one by one: prove an overlap from the code sets, within one same table or none.
    if (!eq(a.sel().table(), b.sel().table())) return false;
    if (a.codes() != null && b.codes() != null) return CodeSets.overlap(a.codes(), b.codes());
    return a.codes() == null && b.codes() == null;
  }

  /** A rule whose every code, for every kind it selects, is priced by an unconditional specific rule. */
  private boolean unreachable(Rule r, List<Rule> rules) {
    if (r.tier() == PriceRank.Tier.SPECIFIC) return false;
    List<String> codes = r.finiteCodes();
    if (codes == null || codes.isEmpty()) return false;
    Decl.Price witness = null;
    for (String code : codes) {
      for (ItemKind kind : r.sel().kinds()) {
        Rule taker = takerOf(code, kind, r, rules);
        if (taker == null) return false;
        if (witness == null) witness = taker.decl();
      }
    }
    out.add(Diagnostic.error("unreachable", r.decl().span(), "this price rule can never apply: every code it selects ("
        + summary(codes) + ") is priced by a more specific rule without a condition",
        "remove it, or remove the specific rules it was meant to complete").withRelated(witness.span(),
        "for instance this rule, which takes \"" + codes.get(0) + "\""));
    return true;
  }

  private static Rule takerOf(String code, ItemKind kind, Rule r, List<Rule> rules) {
    for (Rule s : rules) {
      if (!s.tier().outranks(r.tier()) || s.when() != null || s.sel().congenere() != null) continue;
      if (!s.sel().kinds().contains(kind) || !code.equals(s.single())) continue;
      if (s.sel().tissTable() != null && !s.sel().tissTable().equals(r.sel().tissTable())) continue;
      if (s.sel().table() != null && (s.tableCodes() == null || !s.tableCodes().contains(code))) continue;
      return s;
    }
    return null;
  }

  private static String summary(List<String> codes) {
    return codes.size() <= 4 ? String.join(", ", codes) : String.join(", ", codes.subList(0, 3)) + ", … "
        + codes.size() + " codes";
  }

  private static boolean eq(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }
}
