package convenio.artifact;

import convenio.model.ItemKind;
import convenio.model.Percent;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.GlosaRef;
import convenio.syntax.Header;
import convenio.syntax.RecursoPrazoClause;
import convenio.syntax.Selector;
import convenio.syntax.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the AST of a file, node by node: a tag for the record kind, then its components in declaration order.
 * Enums are written by name, so reordering an enum does not silently change what old artifacts mean. {@link AstDecoder}
 * mirrors this class method for method; a change to either is a change of {@link ArtifactFormat#VERSION}.
 */
final class AstEncoder {
  private final BinaryOut out;

  AstEncoder(BinaryOut out) {
    this.out = out;
  }

  void file(ContractFile f) {
    out.str(f.file());
    header(f.header());
    out.uvar(f.decls().size());
    for (Decl d : f.decls()) decl(d);
  }

  void span(Span s) {
    out.bool(s != null);
    if (s == null) return;
    out.str(s.file());
    out.svar(s.line());
    out.svar(s.column());
    out.svar(s.length());
    out.str(s.clause());
  }

  private void header(Header h) {
    if (h == null) {
      out.u8(0);
    } else if (h instanceof Header.Contract c) {
      out.u8(1);
      span(c.span());
      out.str(c.name());
      out.str(c.version());
      out.str(c.id());
      out.str(c.operatorAns());
      out.str(c.providerKind());
      out.str(c.providerId());
      ValueCodec.date(out, c.effectiveFrom());
      ValueCodec.date(out, c.effectiveTo());
      out.str(c.rounding() == null ? null : c.rounding().name());
      out.bool(c.perItem());
      out.bool(c.payContractWhenBelow());
      glosa(c.excessGlosa());
      glosa(c.unpricedGlosa());
      span(c.effectiveSpan());
      out.str(c.operatorName());
      out.str(c.operatorCnpj());
      // Format version 4: the recurso prazo clauses.
      out.uvar(c.recursoPrazos().size());
      for (RecursoPrazoClause r : c.recursoPrazos()) {
        span(r.span());
        prazoDays(r.recursoDays());
        out.bool(r.answerDays() != null);
        if (r.answerDays() != null) prazoDays(r.answerDays());
      }
    } else if (h instanceof Header.Module m) {
      out.u8(2);
      span(m.span());
      out.str(m.name());
    } else {
      throw unknown(h);
    }
  }

  private void prazoDays(RecursoPrazoClause.Days d) {
    span(d.span());
    out.str(d.value().toPlainString());
  }

  private void decl(Decl d) {
    out.u8(DeclTag.of(d));
    span(d.span());
    if (d instanceof Decl.Import i) {
      out.str(i.module());
      out.str(i.path());
      out.str(i.alias());
    } else if (d instanceof Decl.Clause c) {
      out.str(c.number());
      out.str(c.title());
    } else if (d instanceof Decl.Let l) {
      out.str(l.name());
      expr(l.value());
    } else if (d instanceof Decl.Group g) {
      out.str(g.name());
      codeFilter(g.codes());
    } else if (d instanceof Decl.Holidays h) {
      out.uvar(h.dates().size());
      for (var date : h.dates()) ValueCodec.date(out, date);
    } else if (d instanceof Decl.MapDecl m) {
      out.str(m.name());
      out.uvar(m.entries().size());
      for (Decl.MapEntry e : m.entries()) {
        span(e.span());
        literals(e.keys());
        expr(e.value());
      }
    } else if (d instanceof Decl.Table t) {
      table(t);
    } else if (d instanceof Decl.Justification j) {
      out.str(j.name());
      out.str(j.code());
      out.str(j.group() == null ? null : j.group().name());
      out.str(j.text());
    } else if (d instanceof Decl.Schedule s) {
      schedule(s);
    } else if (d instanceof Decl.Price p) {
      selector(p.selector());
      expr(p.when());
      expr(p.price());
      expr(p.atMost());
      expr(p.atLeast());
    } else if (d instanceof Decl.Routes r) {
      out.str(r.scheduleName());
      out.bool(r.inline() != null);
      if (r.inline() != null) {
        span(r.inline().span());
        schedule(r.inline());
      }
      selector(r.selector());
      expr(r.orderBy());
      out.bool(r.descending());
      codeFilter(r.repeatedAsDifferent());
      codeFilter(r.anotherTeam());
      glosa(r.sameGlosa());
      glosa(r.differentGlosa());
      glosa(r.otherGuideGlosa());
    } else if (d instanceof Decl.Participation p) {
      out.str(p.degree());
      out.str(p.table());
      expr(p.value());
    } else if (d instanceof Decl.Adjust a) {
      selector(a.selector());
      expr(a.when());
      expr(a.value());
    } else if (d instanceof Decl.Limit l) {
      selector(l.selector());
      out.uvar(l.terms().size());
      for (Decl.LimitTerm t : l.terms()) {
        span(t.span());
        expr(t.max());
        out.str(t.period() == null ? null : t.period().name());
        out.svar(t.days());
        out.str(t.regime() == null ? null : t.regime().name());
      }
      glosa(l.glosa());
      out.str(l.text());
    } else if (d instanceof Decl.Require r) {
      expr(r.condition());
      selector(r.selector());
      glosa(r.glosa());
      out.str(r.text());
    } else if (d instanceof Decl.GlosaRule g) {
      glosa(g.glosa());
      selector(g.selector());
      expr(g.when());
      expr(g.amount());
      expr(g.quantity());
      out.str(g.text());
    } else if (d instanceof Decl.Package p) {
      out.str(p.code());
      out.str(p.description());
      expr(p.price());
      out.uvar(p.includes().size());
      for (Decl.PackageItem i : p.includes()) {
        selector(i.selector());
        expr(i.upTo());
      }
      out.uvar(p.excludes().size());
      for (Selector s : p.excludes()) selector(s);
      glosa(p.glosa());
      out.str(p.text());
    } else if (d instanceof Decl.Check c) {
      out.str(c.name());
      expr(c.when());
      out.str(c.critique());
      out.str(c.code());
    } else if (d instanceof Decl.Duplicates dup) {
      selector(dup.selector());
      out.uvar(dup.keys().size());
      for (String k : dup.keys()) out.str(k);
      glosa(dup.glosa());
      out.str(dup.text());
    } else {
      throw unknown(d);
    }
  }

  private void table(Decl.Table t) {
    out.str(t.name());
    out.str(t.tissType());
    span(t.tissTypeSpan());
    out.str(t.from());
    span(t.fromSpan());
    columns(t.columns());
    ValueCodec.date(out, t.effectiveFrom());
    ValueCodec.date(out, t.effectiveTo());
    span(t.effectiveSpan());
    out.str(t.version());
    out.str(t.congenere());
    out.bool(t.rows() != null);
    if (t.rows() != null) {
      out.uvar(t.rows().size());
      for (Decl.Row r : t.rows()) {
        span(r.span());
        literals(r.cells());
      }
    }
  }

  void columns(List<Decl.Column> columns) {
    out.uvar(columns.size());
    for (Decl.Column c : columns) {
      span(c.span());
      out.str(c.name());
      out.str(c.type() == null ? null : c.type().name());
      out.str(c.header());
    }
  }

  private void schedule(Decl.Schedule s) {
    out.str(s.name());
    percents(s.same());
    percent(s.sameThen());
    percents(s.different());
    percent(s.differentThen());
  }

  private void percents(List<Percent> ps) {
    out.uvar(ps.size());
    for (Percent p : ps) percent(p);
  }

  private void percent(Percent p) {
    out.bool(p != null);
    if (p != null) out.decimal(p.value());
  }

  private void glosa(GlosaRef g) {
    out.bool(g != null);
    if (g == null) return;
    span(g.span());
    out.str(g.text());
  }

  private void selector(Selector s) {
    out.bool(s != null);
    if (s == null) return;
    span(s.span());
    // Sorted: a Set's iteration order differs between runs, and the same sources must give the same bytes.
    List<ItemKind> kinds = new ArrayList<>(s.kinds());
    kinds.sort(Comparator.naturalOrder());
    out.uvar(kinds.size());
    for (ItemKind k : kinds) out.str(k.name());
    codeFilter(s.filter());
    out.str(s.table());
    out.str(s.tissTable());
    out.str(s.congenere());
  }

  private void codeFilter(Selector.CodeFilter f) {
    if (f == null) {
      out.u8(0);
    } else if (f instanceof Selector.SingleCode c) {
      out.u8(1);
      span(c.span());
      out.str(c.code());
    } else if (f instanceof Selector.CodeSet set) {
      out.u8(2);
      span(set.span());
      out.uvar(set.items().size());
      for (Selector.CodeSetItem i : set.items()) {
        span(i.span());
        out.str(i.from());
        out.str(i.to());
      }
    } else if (f instanceof Selector.GroupRef g) {
      out.u8(3);
      span(g.span());
      out.str(g.name());
    } else {
      throw unknown(f);
    }
  }

  private void literals(List<Expr.Literal> ls) {
    out.uvar(ls.size());
    for (Expr.Literal l : ls) expr(l);
  }

  void expr(Expr e) {
    out.u8(ExprTag.of(e));
    if (e == null) return;
    out.svar(e.id());
    span(e.span());
    if (e instanceof Expr.Literal l) {
      ValueCodec.write(out, l.value());
    } else if (e instanceof Expr.Name n) {
      out.str(n.name());
    } else if (e instanceof Expr.Member m) {
      expr(m.target());
      out.str(m.member());
    } else if (e instanceof Expr.Index i) {
      expr(i.target());
      expr(i.key());
    } else if (e instanceof Expr.Unary u) {
      out.str(u.op().symbol);
      expr(u.operand());
    } else if (e instanceof Expr.Binary b) {
      out.str(b.op().name());
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.In in) {
      expr(in.value());
      expr(in.container());
      out.bool(in.negated());
    } else if (e instanceof Expr.Not n) {
      expr(n.operand());
    } else if (e instanceof Expr.If i) {
      expr(i.condition());
      expr(i.then());
      expr(i.otherwise());
    } else if (e instanceof Expr.Call c) {
      out.str(c.function());
      exprs(c.args());
    } else if (e instanceof Expr.SetOf s) {
      exprs(s.elements());
    } else if (e instanceof Expr.Range r) {
      expr(r.from());
      expr(r.to());
    } else {
      throw unknown(e);
    }
  }

  private void exprs(List<Expr> es) {
    out.uvar(es.size());
    for (Expr e : es) expr(e);
  }

  private static IllegalStateException unknown(Object node) {
    return new IllegalStateException("the artifact format does not know " + node.getClass().getName()
        + "; add it to AstEncoder and AstDecoder and raise ArtifactFormat.VERSION");
  }
}
