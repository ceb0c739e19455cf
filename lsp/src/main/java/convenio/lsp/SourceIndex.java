package convenio.lsp;

import convenio.grammar.ConvenioLexer;
import convenio.grammar.ConvenioParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Where each name of one file is declared and used, read from the parse tree (the AST keeps the place of a
 * declaration, not of the name in it): lets, maps, tables and schedules share the value namespace; groups,
 * justifications and checks have their own, as in the checker; {@code table.column} is a column of that table.
 * Also the imports, the table files named by {@code from "…"}, and each declaration's extent.
 */
final class SourceIndex {
  enum Ns { VALUE, GROUP, JUSTIFICATION, CHECK, COLUMN }

  /**
   * A name in the text. {@code owner} is the table of a column; {@code what} says what a declaration declares (let,
   * map, table, schedule, group, justification, check, column); {@code quoted}: written as a string ("grupo x").
   */
  record Occurrence(Ns ns, String name, String owner, boolean definition, String what, int line, int column,
      int length, boolean quoted) {}

  /** An import: {@code module} for std.x.y, {@code path} for "file.convenio"; the place of what is imported. */
  record Import(String module, String path, int line, int column, int length) {}

  /** {@code from "tables/x.csv"} of a table declaration. */
  record TableFile(String path, int line, int column, int length) {}

  /** A declaration's extent: first and last character (1-based lines and columns, inclusive end). */
  record Extent(int line, int column, int endLine, int endColumn, ParserRuleContext tree) {}

  final List<Occurrence> occurrences = new ArrayList<>();
  final List<Import> imports = new ArrayList<>();
  final List<TableFile> tableFiles = new ArrayList<>();
  final List<Extent> declarations = new ArrayList<>();
  final List<Token> tokens = new ArrayList<>();

  private SourceIndex() {}

  static SourceIndex of(String text) {
    SourceIndex index = new SourceIndex();
    ConvenioLexer lexer = new ConvenioLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream stream = new CommonTokenStream(lexer);
    ConvenioParser parser = new ConvenioParser(stream);
    parser.removeErrorListeners();
    ConvenioParser.FileContext file = parser.file();
    for (Token t : stream.getTokens()) if (t.getChannel() == Token.DEFAULT_CHANNEL) index.tokens.add(t);
    if (file.header() != null) index.walk(file.header());
    for (ConvenioParser.DeclarationContext d : file.declaration()) {
      if (d.start != null && d.stop != null && d.stop.getType() != Token.EOF) {
        index.declarations.add(new Extent(d.start.getLine(), d.start.getCharPositionInLine() + 1, d.stop.getLine(),
            d.stop.getCharPositionInLine() + cps(d.stop.getText()), d));
      }
      index.walk(d);
    }
    return index;
  }

  /** The token at or just before a place (1-based line and column), or null. */
  Token tokenAt(int line, int column) {
    for (Token t : tokens) {
      if (t.getType() == Token.EOF || t.getLine() != line) continue;
      int from = t.getCharPositionInLine() + 1, to = from + cps(t.getText());
      if (column >= from && column <= to) return t;
    }
    return null;
  }

  Occurrence occurrenceAt(int line, int column) {
    for (Occurrence o : occurrences) {
      if (o.line() == line && column >= o.column() && column <= o.column() + o.length()) return o;
    }
    return null;
  }

  Extent declarationAt(int line, int column) {
    for (Extent e : declarations) {
      boolean afterStart = line > e.line() || (line == e.line() && column >= e.column());
      boolean beforeEnd = line < e.endLine() || (line == e.endLine() && column <= e.endColumn() + 1);
      if (afterStart && beforeEnd) return e;
    }
    return null;
  }

  private void walk(ParseTree node) {
    if (node instanceof ParserRuleContext ctx) {
      visit(ctx);
      for (int i = 0; i < ctx.getChildCount(); i++) walk(ctx.getChild(i));
    }
  }

  private void visit(ParserRuleContext ctx) {
    if (ctx instanceof ConvenioParser.LetDeclContext c) {
      def(Ns.VALUE, c.ID(), "let");
    } else if (ctx instanceof ConvenioParser.MapDeclContext c) {
      def(Ns.VALUE, c.ID(), "map");
    } else if (ctx instanceof ConvenioParser.TableDeclContext c) {
      def(Ns.VALUE, c.ID(), "table");
      for (ConvenioParser.TableClauseContext clause : c.tableClause()) {
        if (clause.getChildCount() == 2 && text(clause.getChild(0)).equals("from")
            && clause.getChild(1) instanceof TerminalNode s && s.getSymbol().getType() == ConvenioParser.STRING) {
          Token t = s.getSymbol();
          tableFiles.add(new TableFile(unquote(t.getText()), t.getLine(), t.getCharPositionInLine() + 1,
              cps(t.getText())));
        }
        if (clause.getChild(0) != null && text(clause.getChild(0)).equals("columns") && c.ID() != null) {
          for (int i = 0; i < clause.getChildCount(); i++) {
            if (clause.getChild(i) instanceof ConvenioParser.ColumnDefContext col && col.ident() != null) {
              add(Ns.COLUMN, col.ident().start, c.ID().getText(), true, "column");
            }
          }
        }
      }
    } else if (ctx instanceof ConvenioParser.ScheduleDeclContext c) {
      def(Ns.VALUE, c.ID(), "schedule");
    } else if (ctx instanceof ConvenioParser.GroupDeclContext c) {
      name(Ns.GROUP, c.name(), true, "group");
    } else if (ctx instanceof ConvenioParser.JustificationDeclContext c) {
      def(Ns.JUSTIFICATION, c.ID(), "justification");
    } else if (ctx instanceof ConvenioParser.CheckRuleContext c) {
      name(Ns.CHECK, c.name(), true, "check");
    } else if (ctx instanceof ConvenioParser.PrimaryContext p) {
      // A bare name (not a call: a call's name is a function).
      if (p.getChildCount() == 1 && p.getChild(0) instanceof ConvenioParser.IdentContext id) {
        add(Ns.VALUE, id.start, null, false, null);
      }
    } else if (ctx instanceof ConvenioParser.ExprContext e) {
      if (e.getChildCount() == 3 && text(e.getChild(1)).equals(".")
          && e.getChild(2) instanceof ConvenioParser.IdentContext member) {
        String owner = bareName(e.getChild(0));
        if (owner != null) add(Ns.COLUMN, member.start, owner, false, null);
      }
    } else if (ctx instanceof ConvenioParser.SelectorContext || ctx instanceof ConvenioParser.ParticipationRuleContext) {
      for (int i = 0; i + 1 < ctx.getChildCount(); i++) {
        if (text(ctx.getChild(i)).equals("from") && ctx.getChild(i + 1) instanceof TerminalNode id
            && id.getSymbol().getType() == ConvenioParser.ID) {
          add(Ns.VALUE, id.getSymbol(), null, false, null);
        }
      }
    } else if (ctx instanceof ConvenioParser.RoutesDeclContext c) {
      if (c.ID() != null) add(Ns.VALUE, c.ID().getSymbol(), null, false, null);
    } else if (ctx instanceof ConvenioParser.GlosaRefContext c) {
      if (c.ID() != null) add(Ns.JUSTIFICATION, c.ID().getSymbol(), null, false, null);
    } else if (ctx instanceof ConvenioParser.CodeFilterContext || ctx instanceof ConvenioParser.CodeSetContext) {
      for (int i = 0; i + 1 < ctx.getChildCount(); i++) {
        if (text(ctx.getChild(i)).equals("group") && ctx.getChild(i + 1) instanceof ConvenioParser.NameContext n) {
          name(Ns.GROUP, n, false, null);
        }
      }
    } else if (ctx instanceof ConvenioParser.ImportDeclContext c) {
      if (c.qualifiedName() != null && c.qualifiedName().stop != null) {
        Token a = c.qualifiedName().start, b = c.qualifiedName().stop;
        imports.add(new Import(c.qualifiedName().getText(), null, a.getLine(), a.getCharPositionInLine() + 1,
            b.getCharPositionInLine() + cps(b.getText()) - a.getCharPositionInLine()));
      } else if (c.STRING() != null) {
        Token t = c.STRING().getSymbol();
        imports.add(new Import(null, unquote(t.getText()), t.getLine(), t.getCharPositionInLine() + 1,
            cps(t.getText())));
      }
    }
  }

  /** The name of an expression that is a bare name ({@code lista} in {@code lista.porte}), else null. */
  private static String bareName(ParseTree expr) {
    ParseTree n = expr;
    while (n instanceof ParserRuleContext c && c.getChildCount() == 1 && !(n instanceof ConvenioParser.IdentContext)) {
      n = c.getChild(0);
    }
    return n instanceof ConvenioParser.IdentContext id ? id.getText() : null;
  }

  private void def(Ns ns, TerminalNode id, String what) {
    if (id != null && id.getSymbol().getType() == ConvenioParser.ID) add(ns, id.getSymbol(), null, true, what);
  }

  private void name(Ns ns, ConvenioParser.NameContext n, boolean definition, String what) {
    if (n == null || n.start == null) return;
    Token t = n.start;
    if (t.getType() == ConvenioParser.STRING) {
      occurrences.add(new Occurrence(ns, unquote(t.getText()), null, definition, what, t.getLine(),
          t.getCharPositionInLine() + 1, cps(t.getText()), true));
    } else if (t.getType() == ConvenioParser.ID) {
      add(ns, t, null, definition, what);
    }
  }

  private void add(Ns ns, Token t, String owner, boolean definition, String what) {
    if (t == null || t.getType() == Token.EOF || t.getTokenIndex() < 0 && t.getStartIndex() < 0) return;
    // Tokens the parser made up while recovering from an error have no text in the file.
    if (t.getStartIndex() < 0 || t.getText() == null || t.getText().startsWith("<missing")) return;
    occurrences.add(new Occurrence(ns, t.getText(), owner, definition, what, t.getLine(),
        t.getCharPositionInLine() + 1, cps(t.getText()), false));
  }

  private static String text(ParseTree t) {
    return t == null ? "" : t.getText();
  }

  static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  static int cps(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }
}
