package convenio.lsp;

import static convenio.lsp.LspTexts.M;

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
                return M.get("hover.column", o.owner(), c.name(), type(c)) + (c.header() == null ? ""
                    : M.get("hover.column.header", c.header()));
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
            return M.get("hover.check", c.name(), c.critique())
                + (c.code() == null ? "" : M.get("hover.check.code", c.code()));
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
      b.append("\n\n").append(M.get("hover.value", value(l.value())));
    } else {
      b.append("\n\n```convenio\nlet ").append(x.name()).append(" = ").append(AstPrinter.expr(x.value()))
          .append("\n```");
      Object v = a.constant(x.name());
      if (v != null) b.append("\n\n").append(M.get("hover.value", value(v)));
    }
    return b.toString();
  }

  private static String map(Analysis a, Decl.MapDecl x, String file) {
    return M.get(x.entries().size() == 1 ? "hover.map.one" : "hover.map", x.name(), a.facts().typeOf(x.name()),
        x.entries().size()) + where(file, x.span().line());
  }

  private static String schedule(Decl.Schedule s, String file) {
    return "schedule `" + s.name() + "`" + where(file, s.span().line()) + "\n\n- "
        + M.get("hover.schedule.same", percents(s.same(), s.sameThen())) + "\n- "
        + M.get("hover.schedule.different", percents(s.different(), s.differentThen()));
  }

  private static String percents(List<Percent> ps, Percent then) {
    return ps.stream().map(Percent::toString).collect(Collectors.joining(", ")) + (then == null ? "" : M.get("hover.then", then));
  }

  private static String table(Analysis a, List<Decl.Table> versions) {
    Decl.Table first = versions.get(0);
    StringBuilder b = new StringBuilder(M.get(versions.size() == 1 ? "hover.table.one" : "hover.table", first.name(),
        versions.size()));
    for (Decl.Table t : versions) {
      b.append("\n- ").append(t.version() == null ? M.get("hover.table.unnamed")
              : M.get("hover.table.version", t.version()))
          .append(" · vigência ").append(vigencia(t));
      if (t.congenere() != null) b.append(" · congênere \"").append(t.congenere()).append('"');
      if (t.tissType() != null) b.append(M.get("hover.table.tiss", t.tissType()));
      LoadedTable rows = a.tables.tables().get(t);
      if (rows != null) b.append(M.get(rows.size() == 1 ? "hover.table.row.one" : "hover.table.rows", rows.size()));
      if (t.from() != null) b.append(" from `").append(t.from()).append('`');
      b.append(M.get("hover.table.line", t.span().line()));
    }
    b.append("\n\n").append(M.get("hover.columns", first.columns().stream().map(c -> c.name() + ": " + type(c))
        .collect(Collectors.joining(", "))));
    return b.toString();
  }

  static String vigencia(Decl.Table t) {
    if (t.effectiveFrom() == null) return M.get("hover.vigencia.any");
    return t.effectiveTo() == null ? M.get("hover.vigencia.from", t.effectiveFrom())
        : t.effectiveFrom() + " .. " + t.effectiveTo();
  }

  private static String type(Decl.Column c) {
    return c.type() == null ? "text" : c.type().name().toLowerCase();
  }

  static String justification(Decl.Justification j) {
    return M.get("hover.justification", j.name(), j.code(), j.group().name().toLowerCase())
        + (j.text() == null ? "" : "\n\n" + j.text());
  }

  private static String where(String file, int line) {
    StdModules.Module m = StdModules.get().byResource(file);
    return m != null ? " (" + m.name() + ")" : "";
  }

  /** A price rule's tier, what it beats and what beats it: the order the engine applies, never the file's. */
  private static String priceRule(Analysis a, Decl.Price p) {
    EditorFacts.Standing s = a.facts().standing(p);
    StringBuilder b = new StringBuilder(M.get("hover.price", s.tier()));
    b.append(M.get(switch (s.tier()) {
      case "specific" -> "hover.price.specific";
      case "linear" -> "hover.price.linear";
      default -> "hover.price.kinds";
    }));
    if (p.selector().congenere() != null) b.append(M.get("hover.price.congenere", p.selector().congenere()));
    if (p.when() != null) b.append(" · when ").append(AstPrinter.expr(p.when()));
    section(a, b, M.get("hover.beats"), s.beats());
    section(a, b, M.get("hover.beaten"), s.beatenBy());
    section(a, b, M.get("hover.ties"), s.ties());
    if (s.beats().isEmpty() && s.beatenBy().isEmpty() && s.ties().isEmpty()) {
      b.append("\n\n").append(M.get("hover.alone"));
    }
    return b.toString();
  }

  private static void section(Analysis a, StringBuilder b, String title, List<Decl.Price> rules) {
    if (rules.isEmpty()) return;
    b.append("\n\n").append(title).append(':');
    for (Decl.Price r : rules) {
      b.append("\n- ").append(M.get("hover.line", r.span().line())).append(": `").append(a.heading(r.span())).append("` (")
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
