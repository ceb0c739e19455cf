package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.diagnostics.Suggestions;
import convenio.syntax.Span;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in glosa and critique texts: {@code ${allowed}} is replaced by a value when the glosa is applied, so
 * each must name something the rule has (a name of the rule's kind, a constant, a bound table's column).
 */
final class Templates {
  private static final Messages M = Messages.of(Templates.class, "convenio.check.messages");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern PATH = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)(?:\\.([\\p{L}_][\\p{L}\\p{N}_]*))?");

  private final ExprTypes types;
  private final SourceText source;
  private final Diagnostics out;

  Templates(ExprTypes types, SourceText source, Diagnostics out) {
    this.types = types;
    this.source = source;
    this.out = out;
  }

  /** Checks the placeholders of {@code text}, written in the declaration at {@code decl}. */
  void check(String text, Span decl, NameScope scope) {
    if (text == null) return;
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String inside = m.group(1).strip();
      Span at = source.find(decl, m.group());
      Matcher path = PATH.matcher(inside);
      if (!path.matches()) {
        out.add(Diagnostic.error("template", at, M.text("tpl.not.value", m.group()), M.text("tpl.not.value.hint")));
        continue;
      }
      Type t = types.name(path.group(1), at, scope, false);
      if (t == null) {
        Set<String> known = new LinkedHashSet<>(scope.names().keySet());
        known.addAll(scope.rows());
        Text hint = Suggestions.didYouMeanText(path.group(1), known);
        out.add(Diagnostic.error("template", at, M.text("tpl.unknown", m.group()),
            hint != null ? hint : M.text("tpl.unknown.hint", String.join(", ",
                scope.names().keySet().stream().limit(8).toList()))));
        continue;
      }
      if (path.group(2) != null) {
        String table = t instanceof Type.Row r ? r.table() : null;
        if (table == null) {
          out.add(Diagnostic.error("template", at, M.text("tpl.no.member", path.group(1), path.group(2)),
              M.text("tpl.no.member.hint")));
        } else if (!types.columns(table).containsKey(path.group(2))) {
          Text hint = Suggestions.didYouMeanText(path.group(2), types.columns(table).keySet());
          out.add(Diagnostic.error("template", at, M.text("member.no.column", table, path.group(2)),
              hint != null ? hint : M.text("member.columns", String.join(", ", types.columns(table).keySet()))));
        }
      }
    }
  }
}
