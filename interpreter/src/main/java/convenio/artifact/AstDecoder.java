package convenio.artifact;

import convenio.artifact.BinaryIn.Corrupt;
import convenio.model.GlosaGroup;
import convenio.model.ItemKind;
import convenio.model.Percent;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.GlosaRef;
import convenio.syntax.Header;
import convenio.syntax.RecursoPrazoClause;
import convenio.syntax.Operator;
import convenio.syntax.Selector;
import convenio.syntax.Span;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads back what {@link AstEncoder} wrote, in the same order; see there for the layout. */
final class AstDecoder {
  /** Far beyond what a parsed contract can hold; a forged file must not exhaust the stack instead. */
  private static final int MAX_DEPTH = 1_000;

  private final BinaryIn in;
  private int depth;

  AstDecoder(BinaryIn in) {
    this.in = in;
  }

  ContractFile file() throws Corrupt {
    String name = in.requiredStr("a file name");
    Header header = header();
    int n = in.count();
    List<Decl> decls = new ArrayList<>(n);
    for (int i = 0; i < n; i++) decls.add(decl());
    return new ContractFile(name, header, decls);
  }

  Span span() throws Corrupt {
    if (!in.bool()) return null;
    return new Span(in.str(), in.sint(), in.sint(), in.sint(), in.str());
  }

  private Header header() throws Corrupt {
    int tag = in.u8();
    switch (tag) {
      case 0:
        return null;
      case 1: {
        Span span = span();
        String name = in.str(), version = in.str(), id = in.str(), ans = in.str(), kind = in.str(), pid = in.str();
        LocalDate from = ValueCodec.date(in), to = ValueCodec.date(in);
        String rounding = in.str();
        boolean perItem = in.bool(), payContract = in.bool();
        GlosaRef excess = glosa(), unpriced = glosa();
        Span effective = span();
        String operatorName = in.str(), operatorCnpj = in.str();
        List<RecursoPrazoClause> prazos = new ArrayList<>();
        int n = in.count();
        for (int i = 0; i < n; i++) {
          Span at = span();
          RecursoPrazoClause.Days days = prazoDays();
          prazos.add(new RecursoPrazoClause(at, days, in.bool() ? prazoDays() : null));
        }
        return new Header.Contract(span, name, version, id, ans, kind, pid, from, to,
            rounding == null ? null : named(RoundingMode.class, rounding), perItem, payContract, excess, unpriced,
            effective, operatorName, operatorCnpj, prazos);
      }
      case 2:
        return new Header.Module(span(), in.str());
      default:
        throw new Corrupt("unknown header tag " + tag);
    }
  }

  private RecursoPrazoClause.Days prazoDays() throws Corrupt {
    Span at = span();
    String days = in.requiredStr("a prazo in days");
    try {
      return new RecursoPrazoClause.Days(at, new java.math.BigDecimal(days));
    } catch (NumberFormatException e) {
      throw new Corrupt("a prazo of \"" + days + "\" days");
    }
  }

  private Decl decl() throws Corrupt {
    int tag = in.u8();
    if (tag < 1 || tag > DeclTag.KINDS.size()) throw new Corrupt("unknown declaration tag " + tag);
    Class<? extends Decl> kind = DeclTag.KINDS.get(tag - 1);
    Span span = span();
    if (kind == Decl.Import.class) return new Decl.Import(span, in.str(), in.str(), in.str());
    if (kind == Decl.Clause.class) return new Decl.Clause(span, in.str(), in.str());
    if (kind == Decl.Let.class) return new Decl.Let(span, in.str(), expr());
    if (kind == Decl.Group.class) return new Decl.Group(span, in.str(), (Selector.CodeSet) codeFilter());
    if (kind == Decl.Holidays.class) {
      int n = in.count();
      List<LocalDate> dates = new ArrayList<>(n);
      for (int i = 0; i < n; i++) dates.add(ValueCodec.date(in));
      return new Decl.Holidays(span, dates);
    }
    if (kind == Decl.MapDecl.class) {
      String name = in.str();
      int n = in.count();
      List<Decl.MapEntry> entries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) entries.add(new Decl.MapEntry(span(), literals(), expr()));
      return new Decl.MapDecl(span, name, entries);
    }
    if (kind == Decl.Table.class) return table(span);
    if (kind == Decl.Justification.class) {
      String name = in.str(), code = in.str(), group = in.str(), text = in.str();
      return new Decl.Justification(span, name, code, group == null ? null : named(GlosaGroup.class, group), text);
    }
    if (kind == Decl.Schedule.class) return schedule(span);
    if (kind == Decl.Price.class) return new Decl.Price(span, selector(), expr(), expr(), expr(), expr());
    if (kind == Decl.Routes.class) {
      String scheduleName = in.str();
      Decl.Schedule inline = in.bool() ? schedule(span()) : null;
      return new Decl.Routes(span, scheduleName, inline, selector(), expr(), in.bool(), (Selector.CodeSet) codeFilter(),
          (Selector.CodeSet) codeFilter(), glosa(), glosa(), glosa());
    }
    if (kind == Decl.Participation.class) return new Decl.Participation(span, in.str(), in.str(), expr());
    if (kind == Decl.Adjust.class) return new Decl.Adjust(span, selector(), expr(), expr());
    if (kind == Decl.Limit.class) {
      Selector selector = selector();
      int n = in.count();
      List<Decl.LimitTerm> terms = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Span at = span();
        Expr max = expr();
        String period = in.str();
        int days = in.sint();
        String regime = in.str();
        terms.add(new Decl.LimitTerm(at, max, period == null ? null : named(Decl.Period.class, period), days,
            regime == null ? null : named(Decl.Regime.class, regime)));
      }
      return new Decl.Limit(span, selector, terms, glosa(), in.str());
    }
    if (kind == Decl.Require.class) return new Decl.Require(span, expr(), selector(), glosa(), in.str());
    if (kind == Decl.GlosaRule.class) {
      return new Decl.GlosaRule(span, glosa(), selector(), expr(), expr(), expr(), in.str());
    }
    if (kind == Decl.Package.class) {
      String code = in.str(), description = in.str();
      Expr price = expr();
      int n = in.count();
      List<Decl.PackageItem> includes = new ArrayList<>(n);
      for (int i = 0; i < n; i++) includes.add(new Decl.PackageItem(selector(), expr()));
      int m = in.count();
      List<Selector> excludes = new ArrayList<>(m);
      for (int i = 0; i < m; i++) excludes.add(selector());
      return new Decl.Package(span, code, description, price, includes, excludes, glosa(), in.str());
    }
    if (kind == Decl.Check.class) return new Decl.Check(span, in.str(), expr(), in.str(), in.str());
    if (kind == Decl.Duplicates.class) {
      Selector selector = selector();
      int n = in.count();
      List<String> keys = new ArrayList<>(n);
      for (int i = 0; i < n; i++) keys.add(in.str());
      return new Decl.Duplicates(span, selector, keys, glosa(), in.str());
    }
    throw new IllegalStateException("AstDecoder does not handle " + kind.getName());
  }

  private Decl.Table table(Span span) throws Corrupt {
    String name = in.str(), tissType = in.str();
    Span tissTypeSpan = span();
    String from = in.str();
    Span fromSpan = span();
    List<Decl.Column> columns = columns();
    LocalDate effectiveFrom = ValueCodec.date(in), effectiveTo = ValueCodec.date(in);
    Span effectiveSpan = span();
    String version = in.str(), congenere = in.str();
    List<Decl.Row> rows = null;
    if (in.bool()) {
      int n = in.count();
      rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) rows.add(new Decl.Row(span(), literals()));
    }
    return new Decl.Table(span, name, tissType, tissTypeSpan, from, fromSpan, columns, effectiveFrom, effectiveTo,
        effectiveSpan, version, congenere, rows);
  }

  List<Decl.Column> columns() throws Corrupt {
    int n = in.count();
    List<Decl.Column> columns = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Span span = span();
      String name = in.str(), type = in.str(), header = in.str();
      columns.add(new Decl.Column(span, name, type == null ? null : named(Decl.ColumnType.class, type), header));
    }
    return columns;
  }

  private Decl.Schedule schedule(Span span) throws Corrupt {
    return new Decl.Schedule(span, in.str(), percents(), percent(), percents(), percent());
  }

  private List<Percent> percents() throws Corrupt {
    int n = in.count();
    List<Percent> ps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) ps.add(percent());
    return ps;
  }

  private Percent percent() throws Corrupt {
    return in.bool() ? new Percent(in.decimal()) : null;
  }

  private GlosaRef glosa() throws Corrupt {
    return in.bool() ? new GlosaRef(span(), in.str()) : null;
  }

  private Selector selector() throws Corrupt {
    if (!in.bool()) return null;
    Span span = span();
    int n = in.count();
    Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
    for (int i = 0; i < n; i++) kinds.add(named(ItemKind.class, in.requiredStr("an item kind")));
    return new Selector(span, kinds, codeFilter(), in.str(), in.str(), in.str());
  }

  private Selector.CodeFilter codeFilter() throws Corrupt {
    int tag = in.u8();
    switch (tag) {
      case 0:
        return null;
      case 1:
        return new Selector.SingleCode(span(), in.str());
      case 2: {
        Span span = span();
        int n = in.count();
        List<Selector.CodeSetItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) items.add(new Selector.CodeSetItem(span(), in.str(), in.str()));
        return new Selector.CodeSet(span, items);
      }
      case 3:
        return new Selector.GroupRef(span(), in.str());
      default:
        throw new Corrupt("unknown code filter tag " + tag);
    }
  }

  private List<Expr.Literal> literals() throws Corrupt {
    int n = in.count();
    List<Expr.Literal> ls = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Expr e = expr();
      if (!(e instanceof Expr.Literal l)) throw new Corrupt("a literal was expected at byte " + in.position());
      ls.add(l);
    }
    return ls;
  }

  Expr expr() throws Corrupt {
    if (++depth > MAX_DEPTH) {
      throw new Corrupt("expressions nested deeper than " + MAX_DEPTH + " at byte " + in.position());
    }
    try {
      return exprAt();
    } finally {
      depth--;
    }
  }

  private Expr exprAt() throws Corrupt {
    int tag = in.u8();
    if (tag == 0) return null;
    if (tag > ExprTag.KINDS.size()) throw new Corrupt("unknown expression tag " + tag);
    Class<? extends Expr> kind = ExprTag.KINDS.get(tag - 1);
    int id = in.sint();
    Span span = span();
    if (kind == Expr.Literal.class) return new Expr.Literal(id, span, ValueCodec.read(in));
    if (kind == Expr.Name.class) return new Expr.Name(id, span, in.str());
    if (kind == Expr.Member.class) return new Expr.Member(id, span, expr(), in.str());
    if (kind == Expr.Index.class) return new Expr.Index(id, span, expr(), expr());
    if (kind == Expr.Unary.class) return new Expr.Unary(id, span, unary(in.requiredStr("an operator")), expr());
    if (kind == Expr.Binary.class) {
      Operator op = named(Operator.class, in.requiredStr("an operator"));
      return new Expr.Binary(id, span, op, expr(), expr());
    }
    if (kind == Expr.In.class) return new Expr.In(id, span, expr(), expr(), in.bool());
    if (kind == Expr.Not.class) return new Expr.Not(id, span, expr());
    if (kind == Expr.If.class) return new Expr.If(id, span, expr(), expr(), expr());
    if (kind == Expr.Call.class) return new Expr.Call(id, span, in.str(), exprs());
    if (kind == Expr.SetOf.class) return new Expr.SetOf(id, span, exprs());
    if (kind == Expr.Range.class) return new Expr.Range(id, span, (Expr.Literal) expr(), (Expr.Literal) expr());
    throw new IllegalStateException("AstDecoder does not handle " + kind.getName());
  }

  private List<Expr> exprs() throws Corrupt {
    int n = in.count();
    List<Expr> es = new ArrayList<>(n);
    for (int i = 0; i < n; i++) es.add(expr());
    return es;
  }

  private static Operator unary(String symbol) throws Corrupt {
    try {
      return Operator.unary(symbol);
    } catch (IllegalArgumentException e) {
      throw new Corrupt(e.getMessage());
    }
  }

  static <E extends Enum<E>> E named(Class<E> type, String name) throws Corrupt {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new Corrupt("unknown " + type.getSimpleName() + " '" + name + "'");
    }
  }
}
