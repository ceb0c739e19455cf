package convenio.check;

import convenio.common.PriceRank;
import convenio.diagnostics.Diagnostics;
import convenio.model.ItemKind;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Program;
import convenio.syntax.Selector;
import convenio.tables.TableLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor shows about a checked program and the checker knows but does not report: the type of each named
 * value, the names the engine gives rules, and how the price rules rank against each other (docs/language.md, "Price
 * rules": tier, then a congênere restriction, then a {@code when}). Read-only; the checker's own passes are reused
 * with their findings thrown away (they are the diagnostics' business).
 */
public final class EditorFacts {
  /**
   * A price rule's standing: its tier ("specific", "linear", "default"), the rules of lower rank that can take some
   * of its items (it beats them), those of higher rank that can take some of them (they beat it), and those of equal
   * rank that can (a tie, reported by the checker when it can prove it).
   */
  public record Standing(Decl.Price rule, String tier, List<Decl.Price> beats, List<Decl.Price> beatenBy,
      List<Decl.Price> ties) {}

  private final Symbols symbols;
  private final ExprTypes types;
  private final Map<String, Set<String>> tableCodes;
  private final List<Decl.Price> prices = new ArrayList<>();

  private EditorFacts(Program program, TableLoader.Result tables) {
    Diagnostics ignored = new Diagnostics();
    this.symbols = Symbols.collect(program, ignored);
    this.types = new ExprTypes(symbols, ignored, new SourceText(program));
    this.tableCodes = TableChecks.codes(symbols.tables, tables);
    for (ContractFile f : program.files()) {
      for (Decl d : f.decls()) if (d instanceof Decl.Price p) prices.add(p);
    }
  }

  public static EditorFacts of(Program program, TableLoader.Result tables) {
    return new EditorFacts(program, tables);
  }

  /** The type of a let or a map in words ("money", "a map from text to money"), or null for other names. */
  public String typeOf(String name) {
    if (symbols.lets.containsKey(name)) return types.letType(name).describe().get();
    if (symbols.maps.containsKey(name)) return types.mapType(name).describe().get();
    return null;
  }

  /** The names the engine gives every item in rules, with their types in words, in the order the language lists them. */
  public static Map<String, String> itemNames() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : RuleNames.all()) {
      Type t = RuleNames.of(RuleNames.Kind.LINE).get(n);
      if (t == null) t = n.equals("value") || n.equals("surgeon") ? Type.MONEY : Type.UNKNOWN;
      out.put(n, t.describe() + ", " + RuleNames.whereAvailable(n));
    }
    return out;
  }

  /** The functions expressions can call. */
  public static Set<String> functions() {
    return new java.util.TreeSet<>(RuleNames.FUNCTIONS);
  }

  /** The keys a {@code duplicates} rule can compare lines by. */
  public static Set<String> duplicateKeys() {
    return new java.util.TreeSet<>(RuleNames.DUPLICATE_KEYS);
  }

  public Standing standing(Decl.Price rule) {
    List<Decl.Price> beats = new ArrayList<>(), beatenBy = new ArrayList<>(), ties = new ArrayList<>();
    for (Decl.Price other : prices) {
      if (other == rule || !mayOverlap(rule, other)) continue;
      int cmp = compare(rule, other);
      (cmp > 0 ? beats : cmp < 0 ? beatenBy : ties).add(other);
    }
    return new Standing(rule, tierOf(rule), beats, beatenBy, ties);
  }

  /** A price rule's tier in words: "specific", "linear" or "default". */
  public static String tierOf(Decl.Price rule) {
    return rule.selector().tier().label();
  }

  /** Positive when {@code a} outranks {@code b}: a better tier, else a congênere restriction, else a condition. */
  private static int compare(Decl.Price a, Decl.Price b) {
    return -PriceRank.compare(a.selector().tier(), a.selector().congenere() != null, a.when() != null,
        b.selector().tier(), b.selector().congenere() != null, b.when() != null);
  }

  /** Whether some item could be taken by both rules, as far as the program shows (unknown table rows: yes). */
  private boolean mayOverlap(Decl.Price a, Decl.Price b) {
    Selector x = a.selector(), y = b.selector();
    Set<ItemKind> kinds = new HashSet<>(x.kinds());
    kinds.retainAll(y.kinds());
    if (kinds.isEmpty()) return false;
    if (x.tissTable() != null && y.tissTable() != null && !x.tissTable().equals(y.tissTable())) return false;
    if (x.congenere() != null && y.congenere() != null && !x.congenere().equals(y.congenere())) return false;
    List<String> finite = codes(x);
    if (finite == null) finite = codes(y);
    if (finite != null) {
      for (String c : finite) if (admits(x, c) && admits(y, c)) return true;
      return false;
    }
    List<Selector.CodeSetItem> sx = codeSet(x), sy = codeSet(y);
    return sx == null || sy == null || CodeSets.overlap(sx, sy);
  }

  /** The codes a selector lists one by one (a single code, a code list, a table whose rows are known), or null. */
  private List<String> codes(Selector s) {
    if (s.filter() instanceof Selector.SingleCode c) return List.of(c.code());
    List<Selector.CodeSetItem> set = codeSet(s);
    if (set != null && CodeSets.enumerate(set) != null) return CodeSets.enumerate(set);
    if (s.table() != null && tableCodes.get(s.table()) != null) return new ArrayList<>(tableCodes.get(s.table()));
    return null;
  }

  private boolean admits(Selector s, String code) {
    if (s.filter() instanceof Selector.SingleCode c && !c.code().equals(code)) return false;
    List<Selector.CodeSetItem> set = codeSet(s);
    if (set != null && !CodeSets.matches(set, code)) return false;
    Set<String> rows = s.table() == null ? null : tableCodes.get(s.table());
    return rows == null || rows.contains(code);
  }

  private List<Selector.CodeSetItem> codeSet(Selector s) {
    if (s.filter() instanceof Selector.CodeSet set) return expand(set.items(), new HashSet<>());
    if (s.filter() instanceof Selector.GroupRef g && symbols.groups.containsKey(g.name())) {
      return expand(symbols.groups.get(g.name()).codes().items(), new HashSet<>(Set.of(g.name())));
    }
    return null;
  }

  private List<Selector.CodeSetItem> expand(List<Selector.CodeSetItem> items, Set<String> seen) {
    List<Selector.CodeSetItem> out = new ArrayList<>();
    for (Selector.CodeSetItem i : items) {
      if (i.from().startsWith("@")) {
        Decl.Group g = symbols.groups.get(i.from().substring(1));
        if (g != null && seen.add(g.name())) out.addAll(expand(g.codes().items(), seen));
      } else {
        out.add(i);
      }
    }
    return out;
  }
}
