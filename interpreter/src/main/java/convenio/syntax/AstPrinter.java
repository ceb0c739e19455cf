package convenio.syntax;

import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The AST as text, one declaration per line, expressions fully parenthesised: what the parser understood, for
 * snapshot tests, and a canonical form of an expression (no positions, no ids) for comparing two conditions.
 */
public final class AstPrinter {
  private AstPrinter() {}

  public static String print(ContractFile file) {
    StringBuilder b = new StringBuilder();
    b.append(header(file.header())).append('\n');
    for (Decl d : file.decls()) b.append(decl(d)).append('\n');
    return b.toString();
  }

  static String header(Header h) {
    if (h == null) return "(no header)";
    if (h instanceof Header.Module m) return "module " + m.name();
    Header.Contract c = (Header.Contract) h;
    return "contract " + q(c.name()) + " version " + c.version() + opt(" id", c.id())
        + opt(" operator ans", c.operatorAns()) + (c.operatorName() == null ? "" : " name " + q(c.operatorName()))
        + (c.operatorCnpj() == null ? "" : " cnpj " + q(c.operatorCnpj()))
        + (c.providerKind() == null ? "" : " provider " + c.providerKind() + " " + q(c.providerId()))
        + (c.effectiveFrom() == null ? "" : " effective " + c.effectiveFrom() + ".." + orOpen(c.effectiveTo()))
        + (c.rounding() == null ? "" : " rounding " + c.rounding().name().toLowerCase() + (c.perItem() ? " per item" : " per operation"))
        + (c.payContractWhenBelow() ? " below pay contract" : "")
        + (c.excessGlosa() == null ? "" : " excess " + c.excessGlosa().text())
        + (c.unpricedGlosa() == null ? "" : " unpriced " + c.unpricedGlosa().text())
        + recursoPrazos(c);
  }

  private static String recursoPrazos(Header.Contract c) {
    StringBuilder b = new StringBuilder();
    for (RecursoPrazoClause r : c.recursoPrazos()) {
      b.append(" recurso ").append(r.recursoDays().value().toPlainString()).append(" days");
      if (r.answerDays() != null) b.append(" answer ").append(r.answerDays().value().toPlainString()).append(" days");
    }
    return b.toString();
  }

  public static String decl(Decl d) {
    int line = d.span().line();
    String clause = d.span().clause() == null ? "" : " [" + d.span().clause() + "]";
    return line + ": " + body(d) + clause;
  }

  private static String body(Decl d) {
    if (d instanceof Decl.Import x) return "import " + (x.module() != null ? x.module() : q(x.path())) + opt(" as", x.alias());
    if (d instanceof Decl.Clause x) return "clause " + q(x.number()) + (x.title() == null ? "" : " " + q(x.title()));
    if (d instanceof Decl.Let x) return "let " + x.name() + " = " + expr(x.value());
    if (d instanceof Decl.Group x) return "group " + q(x.name()) + " = " + codeSet(x.codes());
    if (d instanceof Decl.Holidays x) return "holidays " + x.dates();
    if (d instanceof Decl.MapDecl x) {
      return "map " + x.name() + " {" + x.entries().stream()
          .map(e -> e.keys().stream().map(AstPrinter::expr).collect(Collectors.joining(", ")) + " -> " + expr(e.value()))
          .collect(Collectors.joining("; ")) + "}";
    }
    if (d instanceof Decl.Table x) {
      return "table " + x.name() + opt(" type", x.tissType()) + (x.from() == null ? "" : " from " + q(x.from()))
          + " columns(" + x.columns().stream().map(c -> c.name() + ":" + c.type().name().toLowerCase()
              + (c.header() == null ? "" : "=" + q(c.header()))).collect(Collectors.joining(", ")) + ")"
          + (x.effectiveFrom() == null ? "" : " effective " + x.effectiveFrom() + ".." + orOpen(x.effectiveTo()))
          + (x.version() == null ? "" : " version " + q(x.version()))
          + (x.congenere() == null ? "" : " congenere " + q(x.congenere()))
          + (x.rows() == null ? "" : " rows[" + x.rows().stream()
              .map(r -> r.cells().stream().map(AstPrinter::expr).collect(Collectors.joining(" ")))
              .collect(Collectors.joining(" | ")) + "]");
    }
    if (d instanceof Decl.Justification x) {
      return "justification " + x.name() + " = " + q(x.code()) + " " + x.group().name().toLowerCase()
          + (x.text() == null ? "" : " " + q(x.text()));
    }
    if (d instanceof Decl.Schedule x) return "schedule " + x.name() + " " + schedule(x);
    if (d instanceof Decl.Price x) {
      return "price " + selector(x.selector()) + when(x.when()) + " = " + expr(x.price())
          + (x.atMost() == null ? "" : " at most " + expr(x.atMost()))
          + (x.atLeast() == null ? "" : " at least " + expr(x.atLeast()));
    }
    if (d instanceof Decl.Routes x) {
      return "routes " + (x.scheduleName() != null ? x.scheduleName() : schedule(x.inline()))
          + (x.selector() == null ? "" : " for " + selector(x.selector()))
          + " ordered by " + expr(x.orderBy()) + (x.descending() ? " desc" : " asc")
          + (x.repeatedAsDifferent() == null ? "" : " repeated-as-different " + codeSet(x.repeatedAsDifferent()))
          + (x.anotherTeam() == null ? "" : " another-team " + codeSet(x.anotherTeam()))
          + (x.sameGlosa() == null ? "" : " same-route-glosa " + x.sameGlosa().text())
          + (x.differentGlosa() == null ? "" : " different-route-glosa " + x.differentGlosa().text())
          + (x.otherGuideGlosa() == null ? "" : " another-guide-glosa " + x.otherGuideGlosa().text());
    }
    if (d instanceof Decl.Participation x) {
      return "participation " + q(x.degree()) + opt(" from", x.table()) + " = " + expr(x.value());
    }
    if (d instanceof Decl.Adjust x) return "adjust " + selector(x.selector()) + when(x.when()) + " = " + expr(x.value());
    if (d instanceof Decl.Limit x) {
      return "limit " + selector(x.selector()) + " to " + x.terms().stream().map(t -> expr(t.max()) + " per "
          + (t.period() == Decl.Period.DAYS ? t.days() + " days" : t.period().name().toLowerCase())
          + (t.regime() == Decl.Regime.ANY ? "" : " " + t.regime().name().toLowerCase()))
          .collect(Collectors.joining(", ")) + orElse(x.glosa(), x.text());
    }
    if (d instanceof Decl.Require x) {
      return "require " + (x.condition() == null ? "authorization" : expr(x.condition())) + " for "
          + selector(x.selector()) + orElse(x.glosa(), x.text());
    }
    if (d instanceof Decl.GlosaRule x) {
      return "glosa " + x.glosa().text() + (x.selector() == null ? "" : " for " + selector(x.selector()))
          + when(x.when()) + (x.amount() == null ? "" : " amount " + expr(x.amount()))
          + (x.quantity() == null ? "" : " quantity " + expr(x.quantity()))
          + (x.text() == null ? "" : " text " + q(x.text()));
    }
    if (d instanceof Decl.Package x) {
      return "package " + q(x.code()) + (x.description() == null ? "" : " " + q(x.description())) + " = "
          + expr(x.price()) + (x.includes().isEmpty() ? "" : " includes " + x.includes().stream()
              .map(i -> selector(i.selector()) + (i.upTo() == null ? "" : " up to " + expr(i.upTo())))
              .collect(Collectors.joining(", ")))
          + (x.excludes().isEmpty() ? "" : " excludes " + x.excludes().stream().map(AstPrinter::selector)
              .collect(Collectors.joining(", "))) + orElse(x.glosa(), x.text());
    }
    if (d instanceof Decl.Check x) {
      return "check " + x.name() + when(x.when()) + " critique " + q(x.critique()) + opt(" code", x.code());
    }
    if (d instanceof Decl.Duplicates x) {
      return "duplicates" + (x.selector() == null ? "" : " for " + selector(x.selector())) + " same "
          + String.join(", ", x.keys()) + orElse(x.glosa(), x.text());
    }
    return d.getClass().getSimpleName();
  }

  public static String selector(Selector s) {
    StringBuilder b = new StringBuilder("[");
    b.append(s.kinds().stream().map(k -> k.languageName()).sorted().collect(Collectors.joining(",")));
    if (s.filter() instanceof Selector.SingleCode c) b.append(" code ").append(q(c.code()));
    else if (s.filter() instanceof Selector.CodeSet c) b.append(" codes ").append(codeSet(c));
    else if (s.filter() instanceof Selector.GroupRef g) b.append(" group ").append(q(g.name()));
    if (s.table() != null) b.append(" from ").append(s.table());
    if (s.tissTable() != null) b.append(" tiss ").append(q(s.tissTable()));
    if (s.congenere() != null) b.append(" congenere ").append(q(s.congenere()));
    return b.append(']').toString();
  }

  static String codeSet(Selector.CodeSet set) {
    return set.items().stream().map(i -> q(i.from()) + (i.to() == null ? "" : ".." + q(i.to())))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String schedule(Decl.Schedule s) {
    return "{same " + percents(s.same(), s.sameThen()) + "; different " + percents(s.different(), s.differentThen()) + "}";
  }

  private static String percents(List<Percent> ps, Percent then) {
    return ps.stream().map(Object::toString).collect(Collectors.joining(" ")) + (then == null ? "" : " then " + then);
  }

  /** An expression with every operation in parentheses; equal for two expressions that say the same thing. */
  public static String expr(Expr e) {
    if (e == null) return "?";
    if (e instanceof Expr.Literal l) return literal(l.value());
    if (e instanceof Expr.Name n) return n.name();
    if (e instanceof Expr.Member m) return expr(m.target()) + "." + m.member();
    if (e instanceof Expr.Index i) return expr(i.target()) + "[" + expr(i.key()) + "]";
    if (e instanceof Expr.Unary u) return "(" + u.op().symbol + expr(u.operand()) + ")";
    if (e instanceof Expr.Binary b) return "(" + expr(b.left()) + " " + b.op().symbol + " " + expr(b.right()) + ")";
    if (e instanceof Expr.In i) return "(" + expr(i.value()) + (i.negated() ? " not in " : " in ") + expr(i.container()) + ")";
    if (e instanceof Expr.Not n) return "(not " + expr(n.operand()) + ")";
    if (e instanceof Expr.If i) return "(if " + expr(i.condition()) + " then " + expr(i.then()) + " else " + expr(i.otherwise()) + ")";
    if (e instanceof Expr.Call c) return c.function() + c.args().stream().map(AstPrinter::expr).collect(Collectors.joining(", ", "(", ")"));
    if (e instanceof Expr.SetOf s) return s.elements().stream().map(AstPrinter::expr).collect(Collectors.joining(", ", "{", "}"));
    if (e instanceof Expr.Range r) return expr(r.from()) + ".." + expr(r.to());
    return e.getClass().getSimpleName();
  }

  private static String literal(Object v) {
    if (v == null) return "<bad literal>";
    if (v instanceof String s) return q(s);
    if (v instanceof Money m) return "R$" + m.toBigDecimal().toPlainString();
    if (v instanceof BigDecimal d) return d.toPlainString();
    return v.toString();
  }

  private static String when(Expr e) {
    return e == null ? "" : " when " + expr(e);
  }

  private static String orElse(GlosaRef g, String text) {
    return " else glosa " + g.text() + (text == null ? "" : " " + q(text));
  }

  private static String opt(String label, String value) {
    return value == null ? "" : label + " " + q(value);
  }

  private static String orOpen(Object to) {
    return to == null ? "" : to.toString();
  }

  private static String q(String s) {
    return s == null ? "null" : "\"" + s.replace("\"", "\\\"") + "\"";
  }
}
