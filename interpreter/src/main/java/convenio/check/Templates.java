package convenio.check;

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
        out.add(Diagnostic.error("template", at, "'" + m.group() + "' does not name a value",
            "a placeholder holds one name, such as ${allowed} or ${cbhpm.porte}"));
        continue;
      }
      Type t = types.name(path.group(1), at, scope, false);
      if (t == null) {
        Set<String> known = new LinkedHashSet<>(scope.names().keySet());
        known.addAll(scope.rows());
        String hint = Suggestions.didYouMean(path.group(1), known);
        out.add(Diagnostic.error("template", at, "'" + m.group() + "' names nothing this rule has",
            hint != null ? hint : "a text can show the rule's names (" + String.join(", ",
                scope.names().keySet().stream().limit(8).toList()) + ", …) and the contract's constants"));
        continue;
      }
      if (path.group(2) != null) {
        String table = t instanceof Type.Row r ? r.table() : null;
        if (table == null) {
          out.add(Diagnostic.error("template", at, "'" + path.group(1) + "' has no ." + path.group(2),
              "only a table row bound by the rule's selector has columns"));
        } else if (!types.columns(table).containsKey(path.group(2))) {
          String hint = Suggestions.didYouMean(path.group(2), types.columns(table).keySet());
          out.add(Diagnostic.error("template", at, "table " + table + " has no column '" + path.group(2) + "'",
              hint != null ? hint : "its columns are " + String.join(", ", types.columns(table).keySet())));
        }
      }
    }
  }
}
