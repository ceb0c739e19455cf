package convenio.check;

import convenio.i18n.Messages;
import convenio.syntax.Operator;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Program;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What can be seen of arithmetic before any account: a division by a literal zero, a percentage no contract writes
 * (above {@link #MAX_PERCENT}%, where applying it to a price overflows money), and lets that use lets that use lets…
 * so deep that the compiler, which puts a let's expression in place of its name, would build an expression deeper
 * than {@link #MAX_INLINED_DEPTH}. Everything here walks the syntax tree with explicit stacks, never by recursion, so
 * it holds for any input the parser let through.
 */
final class StaticLimits {
  private static final Messages M = Messages.of(StaticLimits.class, "convenio.check.messages");
  private StaticLimits() {}

  static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(10_000);
  static final int MAX_INLINED_DEPTH = 400;

  static void check(Program program, Diagnostics out) {
    Map<String, Decl.Let> lets = new HashMap<>();
    List<Expr> roots = new ArrayList<>();
    for (ContractFile f : program.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Let l) lets.putIfAbsent(l.name(), l);
        collect(d, roots);
      }
    }
    for (Expr root : roots) literals(root, out);
    Map<String, Integer> inlined = new HashMap<>();
    for (ContractFile f : program.files()) {
      for (Decl d : f.decls()) {
        if (!(d instanceof Decl.Let l) || lets.get(l.name()) != l) continue;
        int depth = inlinedDepth(l.name(), lets, inlined);
        if (depth > MAX_INLINED_DEPTH) {
          out.add(Diagnostic.error("limit", l.span(), M.text("limit.let.depth", l.name(), depth, MAX_INLINED_DEPTH),
              M.text("limit.let.depth.hint")));
          return; // one is enough: every let built on it would say the same
        }
      }
    }
  }

  /** Division by a literal zero and percentages past {@link #MAX_PERCENT}. */
  private static void literals(Expr root, Diagnostics out) {
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Expr e = todo.pop();
      if (e instanceof Expr.Binary b && b.op() == Operator.DIV && isZero(b.right())) {
        out.add(Diagnostic.error("arithmetic", b.span(), M.text("arith.div.zero"), M.text("arith.div.zero.hint")));
      }
      if (e instanceof Expr.Literal lit && lit.value() instanceof Percent p && p.value().compareTo(MAX_PERCENT) > 0) {
        out.add(Diagnostic.error("arithmetic", lit.span(), M.text("arith.percent.max", p.value().toPlainString(),
            MAX_PERCENT), M.text("arith.percent.max.hint")));
      }
      children(e).forEach(todo::push);
    }
  }

  private static boolean isZero(Expr e) {
    if (!(e instanceof Expr.Literal l)) return false;
    Object v = l.value();
    if (v instanceof BigDecimal d) return d.signum() == 0;
    if (v instanceof Number n) return n.doubleValue() == 0 && n.longValue() == 0;
    if (v instanceof Money m) return m.cents() == 0;
    if (v instanceof Percent p) return p.value().signum() == 0;
    return false;
  }

  /**
   * The depth of a let's expression with every let it names put in place of the name, as the compiler does:
   * memoised, computed with an explicit stack; a cycle (reported by the checker) counts as nothing more.
   */
  private static int inlinedDepth(String start, Map<String, Decl.Let> lets, Map<String, Integer> memo) {
    Deque<String> todo = new ArrayDeque<>();
    Map<String, Boolean> open = new HashMap<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      String name = todo.peek();
      if (memo.containsKey(name)) {
        todo.pop();
        continue;
      }
      Decl.Let let = lets.get(name);
      List<String> pending = new ArrayList<>();
      if (!open.containsKey(name)) {
        open.put(name, true);
        for (String used : names(let.value(), lets)) {
          if (!memo.containsKey(used) && !open.containsKey(used)) pending.add(used);
        }
      }
      if (!pending.isEmpty()) {
        pending.forEach(todo::push);
        continue;
      }
      todo.pop();
      memo.put(name, depth(let.value(), lets, memo));
    }
    return memo.get(start);
  }

  /** Depth of {@code root}, counting a let's name as that let's inlined depth (0 while it is being computed). */
  private static int depth(Expr root, Map<String, Decl.Let> lets, Map<String, Integer> memo) {
    record At(Expr e, int depth) {}
    int max = 0;
    Deque<At> todo = new ArrayDeque<>();
    todo.push(new At(root, 1));
    while (!todo.isEmpty()) {
      At at = todo.pop();
      int d = at.depth();
      if (at.e() instanceof Expr.Name n && lets.containsKey(n.name())) d += memo.getOrDefault(n.name(), 0);
      max = Math.max(max, d);
      for (Expr c : children(at.e())) todo.push(new At(c, at.depth() + 1));
    }
    return max;
  }

  private static List<String> names(Expr root, Map<String, Decl.Let> lets) {
    List<String> found = new ArrayList<>();
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Expr e = todo.pop();
      if (e instanceof Expr.Name n && lets.containsKey(n.name())) found.add(n.name());
      children(e).forEach(todo::push);
    }
    return found;
  }

  /** The expressions directly inside {@code e}, read from its record components (every Expr is a record). */
  static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    for (Object v : components(e)) {
      if (v instanceof Expr x) out.add(x);
      else if (v instanceof List<?> list) for (Object o : list) if (o instanceof Expr x) out.add(x);
    }
    return out;
  }

  /** Every expression at the top of a declaration, through the records and lists it is made of. */
  private static void collect(Object decl, List<Expr> roots) {
    Deque<Object> todo = new ArrayDeque<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    todo.push(decl);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (o == null || seen.put(o, true) != null) continue;
      if (o instanceof Expr x) {
        roots.add(x);
      } else if (o instanceof List<?> list) {
        for (Object x : list) if (x != null) todo.push(x);
      } else if (o instanceof Record) {
        for (Object x : components(o)) if (x != null) todo.push(x);
      }
    }
  }

  private static List<Object> components(Object record) {
    List<Object> values = new ArrayList<>();
    RecordComponent[] rc = record.getClass().getRecordComponents();
    if (rc == null) return values;
    for (RecordComponent c : rc) {
      try {
        values.add(c.getAccessor().invoke(record));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // an accessor that cannot be read holds no expression we could check
      }
    }
    return values;
  }
}
