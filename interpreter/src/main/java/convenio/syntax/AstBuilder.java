package convenio.syntax;

import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.grammar.ConvenioParser;
import convenio.model.GlosaGroup;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import convenio.grammar.ConvenioParser.*;

/**
 * Parse tree → AST. Keeps positions on every node, decodes literals (reporting bad ones), and tags each declaration
 * with the contract clause it falls under. A declaration that cannot be built (because of a syntax error inside it)
 * is skipped: the syntax error is already reported, and the other declarations are still checked.
 */
final class AstBuilder {
  private static final Messages M = Messages.of(AstBuilder.class, "convenio.syntax.messages");
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private String clause;
  private int nextId = 1;

  AstBuilder(String file) {
    this.file = file;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  ContractFile build(FileContext tree) {
    Header header = tree.header() == null ? null : header(tree.header());
    List<Decl> decls = new ArrayList<>();
    for (DeclarationContext d : tree.declaration()) {
      if (!SyntaxErrors.within(d)) {
        // The grammar accepted it, so it is always built: an alternative this builder forgets fails loudly.
        decls.add(declaration(d));
        continue;
      }
      try {
        decls.add(declaration(d));
      } catch (RuntimeException incomplete) {
        // Parts are missing where the syntax error is (already reported); the other declarations are still checked.
      }
    }
    return new ContractFile(file, header, decls);
  }

  // ---- positions ----

  private Span span(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop() == null ? start : ctx.getStop();
    int length = stop.getStopIndex() >= start.getStartIndex() && stop.getLine() == start.getLine()
        ? stop.getStopIndex() - start.getStartIndex() + 1
        : Math.max(1, start.getText().length());
    return new Span(file, start.getLine(), start.getCharPositionInLine() + 1, length, clause);
  }

  private Span span(Token t) {
    return new Span(file, t.getLine(), t.getCharPositionInLine() + 1, Math.max(1, t.getText().length()), clause);
  }

  private Span span(TerminalNode n) {
    return span(n.getSymbol());
  }

  private void error(Span at, String code, String message, String hint) {
    diagnostics.add(Diagnostic.error(code, at, message, hint));
  }

  // ---- header ----

  private Header header(HeaderContext ctx) {
    if (ctx.moduleHeader() != null) {
      return new Header.Module(span(ctx.moduleHeader()), ctx.moduleHeader().qualifiedName().getText());
    }
    ContractHeaderContext c = ctx.contractHeader();
    String name = Literals.string(c.STRING().getText());
    VersionValueContext v = c.versionValue();
    String version = v.STRING() != null ? Literals.string(v.STRING().getText()) : v.getText();
    String id = null, ans = null, providerKind = null, providerId = null, operatorName = null, operatorCnpj = null;
    LocalDate from = null, to = null;
    Span effectiveSpan = null;
    RoundingMode rounding = null;
    boolean perItem = true, payContract = false;
    GlosaRef excess = null, unpriced = null;
    List<RecursoPrazoClause> recursoPrazos = new ArrayList<>();
    for (HeaderClauseContext hc : c.headerClause()) {
      if (hc instanceof IdClauseContext x) id = Literals.string(x.STRING().getText());
      else if (hc instanceof OperatorClauseContext x) {
        ans = Literals.string(x.ans.getText());
        if (x.operatorName != null) operatorName = Literals.string(x.operatorName.getText());
        if (x.operatorCnpj != null) operatorCnpj = Literals.string(x.operatorCnpj.getText());
      }
      else if (hc instanceof ProviderClauseContext x) {
        providerKind = x.providerKind.getText();
        providerId = Literals.string(x.STRING().getText());
      } else if (hc instanceof EffectiveClauseContext x) {
        effectiveSpan = span(x);
        from = date(x.DATE(0));
        to = x.DATE().size() > 1 ? date(x.DATE(1)) : null;
      } else if (hc instanceof RoundingClauseContext x) {
        rounding = roundingMode(x.roundingMode());
        perItem = x.roundingScope().perItem != null;
      } else if (hc instanceof BelowClauseContext x) {
        payContract = x.payContract != null;
      } else if (hc instanceof ExcessClauseContext x) {
        excess = glosaRef(x.glosaRef());
      } else if (hc instanceof UnpricedClauseContext x) {
        unpriced = glosaRef(x.glosaRef());
      } else if (hc instanceof RecursoPrazoClauseContext x) {
        recursoPrazos.add(recursoPrazo(x.recursoPrazo()));
      }
    }
    return new Header.Contract(span(c), name, version, id, ans, providerKind, providerId, from, to, rounding,
        perItem, payContract, excess, unpriced, effectiveSpan, operatorName, operatorCnpj, recursoPrazos);
  }

  private RecursoPrazoClause recursoPrazo(RecursoPrazoContext r) {
    RecursoAnswerContext answer = r.recursoAnswer();
    return new RecursoPrazoClause(span(r), prazoDays(r.recursoDays),
        answer == null ? null : prazoDays(answer.answerDays));
  }

  private RecursoPrazoClause.Days prazoDays(PrazoDaysContext d) {
    String digits = d.INT() != null ? d.INT().getText() : d.DECIMAL().getText();
    java.math.BigDecimal value = Literals.decimal(digits);
    return new RecursoPrazoClause.Days(span(d), d.getChild(0).getText().equals("-") ? value.negate() : value);
  }

  private static RoundingMode roundingMode(RoundingModeContext m) {
    if (m instanceof HalfUpContext) return RoundingMode.HALF_UP;
    if (m instanceof HalfEvenContext) return RoundingMode.HALF_EVEN;
    if (m instanceof HalfDownContext) return RoundingMode.HALF_DOWN;
    if (m instanceof UpContext) return RoundingMode.UP;
    if (m instanceof DownContext) return RoundingMode.DOWN;
    throw unhandled(m);
  }

  private static IllegalStateException unhandled(ParserRuleContext c) {
    return new IllegalStateException("the AST builder does not handle " + c.getClass().getSimpleName());
  }

  // ---- declarations ----

  private Decl declaration(DeclarationContext d) {
    ParserRuleContext inner = (ParserRuleContext) d.getChild(0);
    if (inner instanceof ClauseDeclContext c) {
      Decl.Clause decl = new Decl.Clause(span(c), Literals.string(c.STRING(0).getText()),
          c.STRING().size() > 1 ? Literals.string(c.STRING(1).getText()) : null);
      clause = decl.title() == null ? decl.number() : decl.number() + " – " + decl.title();
      return new Decl.Clause(span(c), decl.number(), decl.title());
    }
    if (inner instanceof ImportDeclContext c) {
      String alias = c.ID() == null ? null : c.ID().getText();
      return c.qualifiedName() != null
          ? new Decl.Import(span(c), c.qualifiedName().getText(), null, alias)
          : new Decl.Import(span(c), null, Literals.string(c.STRING().getText()), alias);
    }
    if (inner instanceof LetDeclContext c) return new Decl.Let(span(c), c.ID().getText(), expr(c.expr()));
    if (inner instanceof GroupDeclContext c) return new Decl.Group(span(c), name(c.name()), codeSet(c.codeSet()));
    if (inner instanceof HolidaysDeclContext c) {
      List<LocalDate> dates = new ArrayList<>();
      for (TerminalNode t : c.DATE()) {
        LocalDate date = date(t);
        if (date != null) dates.add(date);
      }
      return new Decl.Holidays(span(c), dates);
    }
    if (inner instanceof MapDeclContext c) return mapDecl(c);
    if (inner instanceof TableDeclContext c) return table(c);
    if (inner instanceof JustificationDeclContext c) {
      GlosaGroup group = c.glosaClass().technical != null ? GlosaGroup.TECHNICAL : GlosaGroup.ADMINISTRATIVE;
      String text = c.STRING().size() > 1 ? Literals.string(c.STRING(1).getText()) : null;
      return new Decl.Justification(span(c), c.ID().getText(), Literals.string(c.STRING(0).getText()), group, text);
    }
    if (inner instanceof ScheduleDeclContext c) return schedule(span(c), c.ID().getText(), c.scheduleLine());
    if (inner instanceof PriceRuleContext c) {
      Expr atMost = null, atLeast = null;
      for (CapClauseContext cap : c.capClause()) {
        if (cap.most != null) atMost = expr(cap.expr());
        else atLeast = expr(cap.expr());
      }
      Expr when = c.priceWhen() == null ? null : expr(c.priceWhen().expr());
      if (c.priceEffective() != null) {
        // A price's vigência is the condition `date in FROM .. TO` (`date >= FROM` with no end), before any `when`:
        // the checker reads it back as a vigência (Precedence), the runtime evaluates it as any condition.
        PriceEffectiveContext e = c.priceEffective();
        Span at = span(e);
        Expr date = new Expr.Name(nextId++, at, "date");
        Expr.Literal from = new Expr.Literal(nextId++, at, date(e.DATE(0)));
        Expr vigencia = e.to == null ? new Expr.Binary(nextId++, at, Operator.GE, date, from)
            : new Expr.In(nextId++, at, date, new Expr.Range(nextId++, at, from,
                new Expr.Literal(nextId++, at, date(e.DATE(1)))), false);
        when = when == null ? vigencia : new Expr.Binary(nextId++, at, Operator.AND, vigencia, when);
      }
      return new Decl.Price(span(c), selector(c.selector()), when, expr(c.expr()), atMost, atLeast);
    }
    if (inner instanceof RoutesDeclContext c) return routes(c);
    if (inner instanceof ParticipationRuleContext c) {
      return new Decl.Participation(span(c), Literals.string(c.STRING().getText()),
          c.ID() == null ? null : c.ID().getText(), expr(c.expr()));
    }
    if (inner instanceof AdjustRuleContext c) {
      return new Decl.Adjust(span(c), selector(c.selector()), expr(c.expr(0)), expr(c.expr(1)));
    }
    if (inner instanceof LimitRuleContext c) {
      List<Decl.LimitTerm> terms = new ArrayList<>();
      for (LimitTermContext t : c.limitTerm()) terms.add(limitTerm(t));
      return new Decl.Limit(span(c), selector(c.selector()), terms, glosaRef(c.orElse().glosaRef()), text(c.orElse().glosaText()));
    }
    if (inner instanceof RequireRuleContext c) {
      Expr condition = c.requirement().expr() == null ? null : expr(c.requirement().expr());
      return new Decl.Require(span(c), condition, selector(c.selector()), glosaRef(c.orElse().glosaRef()),
          text(c.orElse().glosaText()));
    }
    if (inner instanceof GlosaRuleContext c) {
      return new Decl.GlosaRule(span(c), glosaRef(c.glosaRef()), c.selector() == null ? null : selector(c.selector()),
          expr(c.expr()), c.glosaAmount() == null ? null : expr(c.glosaAmount().expr()),
          c.glosaQuantity() == null ? null : expr(c.glosaQuantity().expr()), text(c.glosaText()));
    }
    if (inner instanceof PackageDeclContext c) return packageDecl(c);
    if (inner instanceof CheckRuleContext c) {
      return new Decl.Check(span(c), name(c.name()), expr(c.expr()), Literals.string(c.STRING(0).getText()),
          c.STRING().size() > 1 ? Literals.string(c.STRING(1).getText()) : null);
    }
    if (inner instanceof DuplicateRuleContext c) {
      List<String> keys = new ArrayList<>();
      for (IdentContext i : c.ident()) keys.add(i.getText());
      return new Decl.Duplicates(span(c), c.selector() == null ? null : selector(c.selector()), keys,
          glosaRef(c.orElse().glosaRef()), text(c.orElse().glosaText()));
    }
    throw unhandled(inner);
  }

  private Decl.MapDecl mapDecl(MapDeclContext c) {
    List<Decl.MapEntry> entries = new ArrayList<>();
    for (MapEntryContext e : c.mapEntry()) {
      List<Expr.Literal> keys = new ArrayList<>();
      for (LiteralContext l : e.literal()) keys.add(literal(l));
      entries.add(new Decl.MapEntry(span(e), keys, expr(e.expr())));
    }
    return new Decl.MapDecl(span(c), c.ID().getText(), entries);
  }

  private Decl.Table table(TableDeclContext c) {
    String type = null, from = null, version = null, congenere = null;
    Span typeSpan = null, fromSpan = null, effectiveSpan = null;
    LocalDate effFrom = null, effTo = null;
    List<Decl.Column> columns = new ArrayList<>();
    for (TableClauseContext tc : c.tableClause()) {
      if (tc instanceof TableTypeClauseContext x) {
        typeSpan = span(x.tableType);
        type = x.tableType.getType() == ConvenioParser.STRING ? Literals.string(x.tableType.getText()) : x.tableType.getText();
      } else if (tc instanceof TableFromClauseContext x) {
        fromSpan = span(x.STRING());
        from = Literals.string(x.STRING().getText());
      } else if (tc instanceof TableColumnsClauseContext x) {
        for (ColumnDefContext col : x.columnDef()) columns.add(column(col));
      } else if (tc instanceof TableEffectiveClauseContext x) {
        effectiveSpan = span(x);
        effFrom = date(x.DATE(0));
        effTo = x.DATE().size() > 1 ? date(x.DATE(1)) : null;
      } else if (tc instanceof TableVersionClauseContext x) {
        version = Literals.string(x.STRING().getText());
      } else if (tc instanceof TableCongenereClauseContext x) {
        congenere = Literals.string(x.STRING().getText());
      }
    }
    List<Decl.Row> rows = c.tableBody() == null ? null : rows(c.tableBody());
    return new Decl.Table(span(c), c.ID().getText(), type, typeSpan, from, fromSpan, columns, effFrom, effTo,
        effectiveSpan, version, congenere, rows);
  }

  private Decl.Column column(ColumnDefContext col) {
    Decl.ColumnType type = Decl.ColumnType.TEXT;
    if (col.typeName() != null) type = Decl.ColumnType.valueOf(col.typeName().getText().toUpperCase());
    else if (col.ident().getText().equals("code")) type = Decl.ColumnType.CODE;
    String header = col.STRING() == null ? null : Literals.string(col.STRING().getText());
    return new Decl.Column(span(col), col.ident().getText(), type, header);
  }

  /** Rows are the cells written on one line. */
  private List<Decl.Row> rows(TableBodyContext body) {
    Map<Integer, List<CellContext>> byLine = new LinkedHashMap<>();
    for (CellContext cell : body.cell()) {
      byLine.computeIfAbsent(cell.getStart().getLine(), k -> new ArrayList<>()).add(cell);
    }
    List<Decl.Row> rows = new ArrayList<>();
    for (List<CellContext> cells : byLine.values()) {
      List<Expr.Literal> values = new ArrayList<>();
      for (CellContext cell : cells) {
        Expr.Literal lit = literal(cell.literal());
        if (cell.getChildCount() > 1) lit = negate(lit, span(cell));
        values.add(lit);
      }
      Span first = span(cells.get(0));
      Span last = span(cells.get(cells.size() - 1));
      rows.add(new Decl.Row(new Span(file, first.line(), first.column(),
          last.column() + last.length() - first.column(), clause), values));
    }
    return rows;
  }

  private Expr.Literal negate(Expr.Literal lit, Span at) {
    Object v = lit.value();
    Object negated = v instanceof Money m ? m.negate()
        : v instanceof Percent p ? new Percent(p.value().negate())
        : v instanceof BigDecimal d ? d.negate() : null;
    if (negated == null) {
      error(at, "literal", M.get("literal.negative"), null);
      return lit;
    }
    return new Expr.Literal(lit.id(), at, negated);
  }

  private Decl.Schedule schedule(Span at, String name, List<ScheduleLineContext> lines) {
    List<Percent> same = List.of(), different = List.of();
    Percent sameThen = null, differentThen = null;
    for (ScheduleLineContext line : lines) {
      PercentListContext pl = line.percentList();
      List<Percent> ps = new ArrayList<>();
      for (TerminalNode p : pl.PERCENT()) ps.add(Percent.of(p.getText()));
      Percent then = pl.then == null ? null : ps.remove(ps.size() - 1);
      if (line.same != null) {
        same = ps;
        sameThen = then;
      } else {
        different = ps;
        differentThen = then;
      }
    }
    return new Decl.Schedule(at, name, same, sameThen, different, differentThen);
  }

  private Decl.Routes routes(RoutesDeclContext c) {
    Decl.Schedule inline = c.scheduleLine().isEmpty() ? null : schedule(span(c), null, c.scheduleLine());
    Selector.CodeSet repeated = null, another = null;
    GlosaRef same = null, different = null, otherGuide = null;
    for (RouteOptionContext o : c.routeOption()) {
      if (o instanceof RepeatedOptionContext r) repeated = codeSet(r.codeSet());
      else if (o instanceof AnotherTeamOptionContext a) another = codeSet(a.codeSet());
      else if (o instanceof RouteGlosaOptionContext g && g.same != null) same = glosaRef(g.glosaRef());
      else if (o instanceof RouteGlosaOptionContext g) different = glosaRef(g.glosaRef());
      else if (o instanceof OtherGuideGlosaOptionContext g) otherGuide = glosaRef(g.glosaRef());
    }
    boolean descending = c.asc == null;
    return new Decl.Routes(span(c), c.ID() == null ? null : c.ID().getText(), inline,
        c.selector() == null ? null : selector(c.selector()), expr(c.expr()), descending, repeated, another, same,
        different, otherGuide);
  }

  private Decl.LimitTerm limitTerm(LimitTermContext t) {
    PeriodContext p = t.period();
    Decl.Period period;
    int days = 0;
    if (p instanceof DaysPeriodContext d) {
      period = Decl.Period.DAYS;
      days = Integer.parseInt(d.INT().getText());
    } else if (p instanceof DayPeriodContext) {
      period = Decl.Period.DAY;
    } else if (p instanceof GuidePeriodContext) {
      period = Decl.Period.GUIDE;
    } else if (p instanceof AccountPeriodContext) {
      period = Decl.Period.ACCOUNT;
    } else {
      throw unhandled(p);
    }
    RegimeContext r = t.regime();
    Decl.Regime regime = r == null ? Decl.Regime.ANY
        : r instanceof OutpatientRegimeContext ? Decl.Regime.OUTPATIENT
        : r instanceof InpatientRegimeContext ? Decl.Regime.INPATIENT : null;
    if (regime == null) throw unhandled(r);
    return new Decl.LimitTerm(span(t), expr(t.expr()), period, days, regime);
  }

  private Decl.Package packageDecl(PackageDeclContext c) {
    List<Decl.PackageItem> includes = new ArrayList<>();
    List<Selector> excludes = new ArrayList<>();
    for (PackageClauseContext pc : c.packageClause()) {
      if (pc instanceof IncludesClauseContext inc) {
        for (PackageItemContext pi : inc.packageItem()) {
          includes.add(new Decl.PackageItem(selector(pi.selector()), pi.expr() == null ? null : expr(pi.expr())));
        }
      } else if (pc instanceof ExcludesClauseContext exc) {
        for (SelectorContext s : exc.selector()) excludes.add(selector(s));
      }
    }
    String description = c.STRING().size() > 1 ? Literals.string(c.STRING(1).getText()) : null;
    return new Decl.Package(span(c), Literals.string(c.STRING(0).getText()), description, expr(c.expr()), includes,
        excludes, glosaRef(c.orElse().glosaRef()), text(c.orElse().glosaText()));
  }

  // ---- selectors and code sets ----

  private Selector selector(SelectorContext c) {
    Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
    for (KindContext k : c.kindList().kind()) kinds.addAll(kinds(k.getText()));
    Selector.CodeFilter filter = null;
    CodeFilterContext f = c.codeFilter();
    if (f instanceof SingleCodeContext s) {
      filter = new Selector.SingleCode(span(s), Literals.string(s.STRING().getText()));
    } else if (f instanceof CodeSetFilterContext s) {
      filter = codeSetOrGroup(s.codeSet());
    } else if (f instanceof GroupFilterContext g) {
      filter = new Selector.GroupRef(span(g), name(g.name()));
    }
    String table = c.table == null ? null : c.table.getText();
    String tissTable = c.tissTable == null ? null : Literals.string(c.tissTable.getText());
    String congenere = c.congenere == null ? null : Literals.string(c.congenere.getText());
    return new Selector(span(c), kinds, filter, table, tissTable, congenere);
  }

  private static Set<ItemKind> kinds(String word) {
    return switch (word) {
      case "procedure", "procedures" -> EnumSet.of(ItemKind.PROCEDURE);
      case "material", "materials" -> EnumSet.of(ItemKind.MATERIAL);
      case "medication", "medications" -> EnumSet.of(ItemKind.MEDICATION);
      case "daily_rate", "daily_rates" -> EnumSet.of(ItemKind.DAILY_RATE);
      case "fee", "fees" -> EnumSet.of(ItemKind.FEE);
      case "gas", "gases" -> EnumSet.of(ItemKind.GAS);
      case "opme" -> EnumSet.of(ItemKind.OPME);
      case "items" -> EnumSet.allOf(ItemKind.class);
      default -> throw new IllegalStateException("the AST builder does not handle the kind '" + word + "'");
    };
  }

  private Selector.CodeFilter codeSetOrGroup(CodeSetContext c) {
    if (c.name() != null) return new Selector.GroupRef(span(c), name(c.name()));
    return codeSet(c);
  }

  /** A code set; {@code group NAME} in a position that needs a literal set becomes a one-item set naming the group. */
  private Selector.CodeSet codeSet(CodeSetContext c) {
    List<Selector.CodeSetItem> items = new ArrayList<>();
    if (c.name() != null) {
      items.add(Selector.CodeSetItem.group(span(c), name(c.name())));
    }
    for (CodeSetItemContext i : c.codeSetItem()) {
      String from = Literals.string(i.STRING(0).getText());
      String to = i.STRING().size() > 1 ? Literals.string(i.STRING(1).getText()) : null;
      items.add(new Selector.CodeSetItem(span(i), from, to));
    }
    return new Selector.CodeSet(span(c), items);
  }

  private static String name(NameContext n) {
    return n.STRING() != null ? Literals.string(n.STRING().getText()) : n.ID().getText();
  }

  private GlosaRef glosaRef(GlosaRefContext g) {
    String text = g.STRING() != null ? Literals.string(g.STRING().getText()) : g.getText();
    return new GlosaRef(span(g), text);
  }

  private static String text(GlosaTextContext t) {
    return t == null ? null : Literals.string(t.STRING().getText());
  }

  // ---- expressions ----

  private Expr expr(ExprContext c) {
    Span at = span(c);
    if (c instanceof PrimaryExprContext p) return primary(p.primary());
    if (c instanceof MemberExprContext m) return new Expr.Member(nextId++, at, expr(m.expr()), m.ident().getText());
    if (c instanceof IndexExprContext i) return new Expr.Index(nextId++, at, expr(i.expr(0)), expr(i.expr(1)));
    if (c instanceof UnaryExprContext u) {
      Operator op = Operator.unary(u.op.getText());
      Expr operand = expr(u.expr());
      if (operand instanceof Expr.Literal lit && op == Operator.NEGATE) return negate(lit, at);
      return new Expr.Unary(nextId++, at, op, operand);
    }
    if (c instanceof MulExprContext m) return binary(at, m.op.getText(), m.expr(0), m.expr(1));
    if (c instanceof OfExprContext o) return binary(at, "of", o.expr(0), o.expr(1));
    if (c instanceof AddExprContext a) return binary(at, a.op.getText(), a.expr(0), a.expr(1));
    if (c instanceof InExprContext i) return new Expr.In(nextId++, at, expr(i.expr(0)), expr(i.expr(1)), i.negated != null);
    if (c instanceof CompareExprContext cmp) return binary(at, cmp.op.getText(), cmp.expr(0), cmp.expr(1));
    if (c instanceof NotExprContext n) return new Expr.Not(nextId++, at, expr(n.expr()));
    if (c instanceof AndExprContext a) return binary(at, "and", a.expr(0), a.expr(1));
    if (c instanceof OrExprContext o) return binary(at, "or", o.expr(0), o.expr(1));
    if (c instanceof IfExprContext i) return new Expr.If(nextId++, at, expr(i.expr(0)), expr(i.expr(1)), expr(i.expr(2)));
    throw unhandled(c);
  }

  private Expr binary(Span at, String op, ExprContext left, ExprContext right) {
    return new Expr.Binary(nextId++, at, Operator.binary(op), expr(left), expr(right));
  }

  private Expr primary(PrimaryContext c) {
    Span at = span(c);
    if (c instanceof LiteralPrimaryContext l) return literal(l.literal());
    if (c instanceof NamePrimaryContext n) return new Expr.Name(nextId++, at, n.ident().getText());
    if (c instanceof ParenPrimaryContext p) return expr(p.expr());
    if (c instanceof CallPrimaryContext call) {
      List<Expr> args = new ArrayList<>();
      for (ExprContext e : call.expr()) args.add(expr(e));
      return new Expr.Call(nextId++, at, call.ident().getText(), args);
    }
    if (c instanceof SetPrimaryContext s) {
      List<Expr> elements = new ArrayList<>();
      for (ExprContext e : s.expr()) elements.add(expr(e));
      return new Expr.SetOf(nextId++, at, elements);
    }
    if (c instanceof RangePrimaryContext r) {
      return new Expr.Range(nextId++, at, literal(r.literal(0)), literal(r.literal(1)));
    }
    throw unhandled(c);
  }

  private Expr.Literal literal(LiteralContext c) {
    Span at = span(c);
    String text = c.getText();
    Object value;
    try {
      if (c instanceof MoneyLiteralContext) value = Literals.money(c.getStart().getText());
      else if (c instanceof PercentLiteralContext) value = Literals.percent(text);
      else if (c instanceof DecimalLiteralContext || c instanceof IntLiteralContext) value = Literals.decimal(text);
      else if (c instanceof DateLiteralContext) value = Literals.date(text);
      else if (c instanceof TimeLiteralContext) value = Literals.time(text);
      else if (c instanceof StringLiteralContext) value = Literals.string(text);
      else value = c instanceof TrueLiteralContext;
    } catch (Literals.BadLiteral bad) {
      error(at, "literal", bad.getMessage(), bad.hint);
      value = null;
    }
    return new Expr.Literal(nextId++, at, value);
  }

  private LocalDate date(TerminalNode t) {
    try {
      return Literals.date(t.getText());
    } catch (Literals.BadLiteral bad) {
      error(span(t), "literal", bad.getMessage(), bad.hint);
      return null;
    }
  }
}
