package convenio.artifact;

import convenio.syntax.Expr;
import java.util.List;

/** The tag of each expression kind in the format (0 is an absent expression). Append only. */
final class ExprTag {
  private ExprTag() {}

  static final List<Class<? extends Expr>> KINDS = List.of(Expr.Literal.class, Expr.Name.class, Expr.Member.class,
      Expr.Index.class, Expr.Unary.class, Expr.Binary.class, Expr.In.class, Expr.Not.class, Expr.If.class,
      Expr.Call.class, Expr.SetOf.class, Expr.Range.class);

  static int of(Expr e) {
    if (e == null) return 0;
    int i = KINDS.indexOf(e.getClass());
    if (i < 0) throw new IllegalStateException("no artifact tag for " + e.getClass().getName());
    return i + 1;
  }
}
