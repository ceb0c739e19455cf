package convenio.check;

import convenio.i18n.Messages;
import convenio.common.PriceRank;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.model.ItemKind;
import convenio.syntax.AstPrinter;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Operator;
import convenio.syntax.Selector;
import java.time.LocalDate;
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
  private static final Messages M = Messages.of(Precedence.class, "convenio.check.messages");
  /** A price rule with its code filter resolved (groups expanded) and the codes of its table, when known. */
  private record Rule(Decl.Price decl, PriceRank.Tier tier, List<Selector.CodeSetItem> codes, Set<String> tableCodes,
      String when, String price, Vigencia vigencia, String rest) {
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
      Vigencia vig = Vigencia.of(p.when());
      Expr rest = vig == null ? p.when() : Vigencia.rest(p.when());
      rules.add(new Rule(p, p.selector().tier(), codes, keys, p.when() == null ? null : AstPrinter.expr(p.when()),
          AstPrinter.expr(p.price()) + "|" + AstPrinter.expr(p.atMost()) + "|" + AstPrinter.expr(p.atLeast()), vig,
          rest == null ? null : AstPrinter.expr(rest)));
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
        if (overlappingVigencias(a, b) && overlap(a, b)) {
          out.add(Diagnostic.error("ambiguous", b.decl().span(), M.text("prec.vigencia", a.decl().span().line(),
              a.vigencia(), b.vigencia()), M.text("prec.vigencia.hint"))
              .withRelated(a.decl().span(), M.text("prec.other.price")));
          break;
        }
        if (sameRank(a, b) && overlap(a, b)) {
          boolean identical = AstPrinter.selector(a.sel()).equals(AstPrinter.selector(b.sel()));
          if (identical && a.price().equals(b.price())) {
            out.add(Diagnostic.error("unreachable", b.decl().span(), M.text("prec.repeats", a.decl().span().line()),
                M.text("prec.repeats.hint")).withRelated(a.decl().span(), M.text("prec.same.rule")));
          } else {
            out.add(Diagnostic.error("ambiguous", b.decl().span(), M.text("prec.same.rank", a.decl().span().line()),
                M.text("prec.same.rank.hint")).withRelated(a.decl().span(), M.text("prec.other.rule")));
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

  /**
   * Two rules of one rank but for their vigências ({@code effective FROM .. TO}, or a {@code when date in FROM .. TO}):
   * overlapping vigências are ambiguous for the days they share.
   */
  private static boolean overlappingVigencias(Rule a, Rule b) {
    if (a.vigencia() == null || b.vigencia() == null || !a.vigencia().overlaps(b.vigencia())) return false;
    return a.tier() == b.tier() && eq(a.sel().congenere(), b.sel().congenere()) && eq(a.rest(), b.rest());
  }

  /** The vigência a price rule's condition starts with: {@code date in FROM .. TO} or {@code date >= FROM}. */
  record Vigencia(LocalDate from, LocalDate to) {
    static Vigencia of(Expr when) {
      if (when instanceof Expr.Binary b && b.op() == Operator.AND) return of(b.left());
      if (when instanceof Expr.In in && !in.negated() && isDate(in.value()) && in.container() instanceof Expr.Range r
          && r.from().value() instanceof LocalDate f && r.to().value() instanceof LocalDate t) {
        return new Vigencia(f, t);
      }
      if (when instanceof Expr.Binary b && b.op() == Operator.GE && isDate(b.left())
          && b.right() instanceof Expr.Literal l && l.value() instanceof LocalDate f) {
        return new Vigencia(f, null);
      }
      return null;
    }

    /** The condition without its vigência (null when it is only the vigência). */
    static Expr rest(Expr when) {
      if (when instanceof Expr.Binary b && b.op() == Operator.AND && of(b.left()) != null) {
        Expr left = rest(b.left());
        return left == null ? b.right() : new Expr.Binary(b.id(), b.span(), Operator.AND, left, b.right());
      }
      return null;
    }

    private static boolean isDate(Expr e) {
      return e instanceof Expr.Name n && n.name().equals("date");
    }

    boolean overlaps(Vigencia o) {
      return (to == null || !o.from.isAfter(to)) && (o.to == null || !from.isAfter(o.to));
    }

    @Override
    public String toString() {
      return from + " .. " + (to == null ? "" : to.toString());
    }
  }

  /** Whether some item can be taken by both: kinds, TISS table and codes all meet. */
  private boolean overlap(Rule a, Rule b) {
    Set<ItemKind> kinds = new HashSet<>(a.sel().kinds());
    kinds.retainAll(b.sel().kinds());
    if (kinds.isEmpty()) return false;
    if (a.sel().tissTable() != null && b.sel().tissTable() != null && !a.sel().tissTable().equals(b.sel().tissTable())) {
      return false;
    }
    // Rules of two tables whose versions are never in force on the same day never price the same item.
    if (a.sel().table() != null && b.sel().table() != null && !a.sel().table().equals(b.sel().table())
        && disjoint(symbols.tables.get(a.sel().table()), symbols.tables.get(b.sel().table()))) {
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

  private static boolean disjoint(List<Decl.Table> a, List<Decl.Table> b) {
    if (a == null || b == null) return false;
    for (Decl.Table x : a) {
      for (Decl.Table y : b) {
        if (x.effectiveFrom() == null || y.effectiveFrom() == null) return false;
        if (new Vigencia(x.effectiveFrom(), x.effectiveTo()).overlaps(new Vigencia(y.effectiveFrom(), y.effectiveTo()))) {
          return false;
        }
      }
    }
    return true;
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
    out.add(Diagnostic.error("unreachable", r.decl().span(), M.text("prec.shadowed", summary(codes)),
        M.text("prec.shadowed.hint")).withRelated(witness.span(), M.text("prec.shadowed.note", codes.get(0))));
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
