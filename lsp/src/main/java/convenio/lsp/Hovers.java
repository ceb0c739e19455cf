package convenio.lsp;

import convenio.check.EditorFacts;
import convenio.grammar.ConvenioParser;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.syntax.AstPrinter;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.tables.LoadedTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * What the editor shows over a word: a name's type and value; a price rule's tier, the rules it beats and the rules
 * that beat it (docs/language.md, "Price rules"); a justification's TISS code (TISS table 38), text and group; a
 * table's versions with their vigência; a standard module's contents; the type of a name the engine gives items.
 */
final class Hovers {
  private Hovers() {}

  static Hover at(Analysis a, Position pos) {
    int line = pos.getLine() + 1, column = a.lines.column1(pos);
    for (SourceIndex.Import imp : a.index.imports) {
      if (imp.line() == line && column >= imp.column() && column <= imp.column() + imp.length()) {
        StdModules.Module m = imp.module() == null ? null : StdModules.get().modules().get(imp.module());
        return m == null ? null : hover(Completions.moduleDoc(m));
      }
    }
    SourceIndex.Occurrence o = a.index.occurrenceAt(line, column);
    if (o != null) {
      String text = name(a, o);
      if (text != null) return hover(text);
    }
    SourceIndex.Extent decl = a.index.declarationAt(line, column);
    if (decl != null && decl.tree().getChild(0) instanceof ConvenioParser.PriceRuleContext) {
      for (Map.Entry<String, Decl> e : a.declarations()) {
        if (e.getKey().equals(a.fileName) && e.getValue() instanceof Decl.Price p && p.span().line() == decl.line()
            && p.span().column() == decl.column()) {
          return hover(priceRule(a, p));
        }
      }
    }
    return null;
  }

  private static Hover hover(String markdown) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown));
  }

  private static String name(Analysis a, SourceIndex.Occurrence o) {
    switch (o.ns()) {
      case VALUE -> {
        List<String> parts = new ArrayList<>();
        List<Decl.Table> versions = new ArrayList<>();
        for (Map.Entry<String, Decl> e : a.declarations()) {
          Decl d = e.getValue();
          if (d instanceof Decl.Let x && x.name().equals(o.name())) parts.add(let(a, x, e.getKey()));
          if (d instanceof Decl.MapDecl x && x.name().equals(o.name())) parts.add(map(a, x, e.getKey()));
          if (d instanceof Decl.Schedule x && x.name().equals(o.name())) parts.add(schedule(x, e.getKey()));
          if (d instanceof Decl.Table x && x.name().equals(o.name())) versions.add(x);
        }
        if (!versions.isEmpty()) parts.add(table(a, versions));
        if (parts.isEmpty()) {
          String builtin = EditorFacts.itemNames().get(o.name());
          return builtin == null ? null : "`" + o.name() + "`: " + builtin;
        }
        return String.join("\n\n---\n\n", parts);
      }
      case COLUMN -> {
        for (Map.Entry<String, Decl> e : a.declarations()) {
          if (e.getValue() instanceof Decl.Table t && t.name().equals(o.owner())) {
            for (Decl.Column c : t.columns()) {
              if (c.name().equals(o.name())) {
                return "column `" + o.owner() + "." + c.name() + "`: " + type(c) + (c.header() == null ? ""
                    : " (header \"" + c.header() + "\" in the file)");
              }
            }
          }
        }
        return null;
      }
      case JUSTIFICATION -> {
        for (Map.Entry<String, Decl> e : a.declarations()) {
          if (e.getValue() instanceof Decl.Justification j && j.name().equals(o.name())) return justification(j);
        }
        return null;
      }
      case GROUP -> {
        for (Map.Entry<String, Decl> e : a.declarations()) {
          if (e.getValue() instanceof Decl.Group g && g.name().equals(o.name())) {
            return "group `" + g.name() + "` = " + AstPrinter.decl(g).replaceFirst("^\\d+: group \"[^\"]*\" = ", "")
                + where(e.getKey(), g.span().line());
          }
        }
        return null;
      }
      case CHECK -> {
        for (Map.Entry<String, Decl> e : a.declarations()) {
          if (e.getValue() instanceof Decl.Check c && c.name().equals(o.name())) {
            return "check `" + c.name() + "`: critique \"" + c.critique() + "\""
                + (c.code() == null ? "" : " (code " + c.code() + ")");
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String let(Analysis a, Decl.Let x, String file) {
    String type = a.facts().typeOf(x.name());
    StringBuilder b = new StringBuilder("let `").append(x.name()).append("`: ").append(type)
        .append(where(file, x.span().line()));
    if (x.value() instanceof Expr.Literal l) {
      b.append("\n\nvalue: ").append(value(l.value()));
    } else {
      b.append("\n\n```convenio\nlet ").append(x.name()).append(" = ").append(AstPrinter.expr(x.value()))
          .append("\n```");
      Object v = a.constant(x.name());
      if (v != null) b.append("\n\nvalue: ").append(value(v));
    }
    return b.toString();
  }

  private static String map(Analysis a, Decl.MapDecl x, String file) {
    return "map `" + x.name() + "`: " + a.facts().typeOf(x.name()) + ", " + x.entries().size() + " entr"
        + (x.entries().size() == 1 ? "y" : "ies") + where(file, x.span().line());
  }

  private static String schedule(Decl.Schedule s, String file) {
    return "schedule `" + s.name() + "`" + where(file, s.span().line()) + "\n\n- same route: "
        + percents(s.same(), s.sameThen()) + "\n- different routes: " + percents(s.different(), s.differentThen());
  }

  private static String percents(List<Percent> ps, Percent then) {
    return ps.stream().map(Percent::toString).collect(Collectors.joining(", ")) + (then == null ? "" : ", then " + then);
  }

  private static String table(Analysis a, List<Decl.Table> versions) {
    Decl.Table first = versions.get(0);
    StringBuilder b = new StringBuilder("table `").append(first.name()).append("`, ").append(versions.size())
        .append(versions.size() == 1 ? " version" : " versions");
    for (Decl.Table t : versions) {
      b.append("\n- ").append(t.version() == null ? "(no version name)" : "version \"" + t.version() + "\"")
          .append(" · vigência ").append(vigencia(t));
      if (t.congenere() != null) b.append(" · congênere \"").append(t.congenere()).append('"');
      if (t.tissType() != null) b.append(" · TISS table ").append(t.tissType());
      LoadedTable rows = a.tables.tables().get(t);
      if (rows != null) b.append(" · ").append(rows.size()).append(rows.size() == 1 ? " row" : " rows");
      if (t.from() != null) b.append(" from `").append(t.from()).append('`');
      b.append(" (line ").append(t.span().line()).append(')');
    }
    b.append("\n\ncolumns: ").append(first.columns().stream().map(c -> c.name() + ": " + type(c))
        .collect(Collectors.joining(", ")));
    return b.toString();
  }

  static String vigencia(Decl.Table t) {
    if (t.effectiveFrom() == null) return "not stated (any date)";
    return t.effectiveTo() == null ? "from " + t.effectiveFrom() + " on" : t.effectiveFrom() + " .. " + t.effectiveTo();
  }

  private static String type(Decl.Column c) {
    return c.type() == null ? "text" : c.type().name().toLowerCase();
  }

  static String justification(Decl.Justification j) {
    return "justification `" + j.name() + "`: TISS code **" + j.code() + "** (TISS table 38, glosas), group "
        + j.group().name().toLowerCase() + (j.text() == null ? "" : "\n\n" + j.text());
  }

  private static String where(String file, int line) {
    StdModules.Module m = StdModules.get().byResource(file);
    return m != null ? " (" + m.name() + ")" : "";
  }

  /** A price rule's tier, what it beats and what beats it: the order the engine applies, never the file's. */
  private static String priceRule(Analysis a, Decl.Price p) {
    EditorFacts.Standing s = a.facts().standing(p);
    StringBuilder b = new StringBuilder("price rule, tier **").append(s.tier()).append("**");
    b.append(switch (s.tier()) {
      case "specific" -> " (one code)";
      case "linear" -> " (a table, a code set or a group)";
      default -> " (kinds only)";
    });
    if (p.selector().congenere() != null) b.append(" · only for congênere \"").append(p.selector().congenere()).append('"');
    if (p.when() != null) b.append(" · when ").append(AstPrinter.expr(p.when()));
    section(a, b, "Beats (it wins over these for the items both can price)", s.beats());
    section(a, b, "Beaten by (these win for the items both can price)", s.beatenBy());
    section(a, b, "Same rank (the checker reports them as ambiguous when it can prove an overlap)", s.ties());
    if (s.beats().isEmpty() && s.beatenBy().isEmpty() && s.ties().isEmpty()) {
      b.append("\n\nNo other price rule can take its items.");
    }
    return b.toString();
  }

  private static void section(Analysis a, StringBuilder b, String title, List<Decl.Price> rules) {
    if (rules.isEmpty()) return;
    b.append("\n\n").append(title).append(':');
    for (Decl.Price r : rules) {
      b.append("\n- line ").append(r.span().line()).append(": `").append(a.heading(r.span())).append("` (")
          .append(EditorFacts.tierOf(r)).append(')');
    }
  }

  static String value(Object v) {
    if (v instanceof Money m) return m.format();
    if (v instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString().replace('.', ',');
    if (v instanceof String s) return "\"" + s + "\"";
    if (v instanceof Collection<?> c) return c.stream().map(Hovers::value).collect(Collectors.joining(", ", "{", "}"));
    return String.valueOf(v);
  }
}
