package convenio.repl;

import convenio.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives fresh ids to an expression parsed from the REPL's input. Expression ids are unique within a file, and the
 * checker keeps types and resolutions keyed by them; an expression typed at the prompt is grafted into the contract's
 * main file, so its ids must not collide with the ids the parser gave that file's own expressions.
 */
final class ExprIds {
  // Far above what any parsed file reaches: the parser numbers from 1 and files hold at most thousands of nodes.
  private static int next = 1_000_000_000;

  private ExprIds() {}

  static synchronized int fresh() {
    return next++;
  }

  static Expr renumber(Expr e) {
    if (e == null) return null;
    int id = fresh();
    if (e instanceof Expr.Literal l) return new Expr.Literal(id, l.span(), l.value());
    if (e instanceof Expr.Name n) return new Expr.Name(id, n.span(), n.name());
    if (e instanceof Expr.Member m) return new Expr.Member(id, m.span(), renumber(m.target()), m.member());
    if (e instanceof Expr.Index x) return new Expr.Index(id, x.span(), renumber(x.target()), renumber(x.key()));
    if (e instanceof Expr.Unary u) return new Expr.Unary(id, u.span(), u.op(), renumber(u.operand()));
    if (e instanceof Expr.Binary b) {
      return new Expr.Binary(id, b.span(), b.op(), renumber(b.left()), renumber(b.right()));
    }
    if (e instanceof Expr.In i) {
      return new Expr.In(id, i.span(), renumber(i.value()), renumber(i.container()), i.negated());
    }
    if (e instanceof Expr.Not n) return new Expr.Not(id, n.span(), renumber(n.operand()));
    if (e instanceof Expr.If f) {
      return new Expr.If(id, f.span(), renumber(f.condition()), renumber(f.then()), renumber(f.otherwise()));
    }
    if (e instanceof Expr.Call c) return new Expr.Call(id, c.span(), c.function(), renumberAll(c.args()));
    if (e instanceof Expr.SetOf s) return new Expr.SetOf(id, s.span(), renumberAll(s.elements()));
    if (e instanceof Expr.Range r) {
      return new Expr.Range(id, r.span(), (Expr.Literal) renumber(r.from()), (Expr.Literal) renumber(r.to()));
    }
    throw new IllegalStateException("an expression node the REPL does not know: " + e.getClass().getSimpleName());
  }

  private static List<Expr> renumberAll(List<Expr> es) {
    List<Expr> out = new ArrayList<>(es.size());
    for (Expr e : es) out.add(renumber(e));
    return out;
  }
}
