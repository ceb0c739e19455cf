package convenio.lsp;

import convenio.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;

/**
 * The checker's diagnostics as the editor shows them: at their range, with their code ({@code ambiguous},
 * {@code unit}, …, the same as {@code convenio check} prints and docs/diagnostics.md lists), the hint under the
 * message, and the related place (the other declaration, the rule that wins) as related information. A finding in
 * another file (a row of a table's CSV, an imported file) goes to that file.
 */
final class DiagnosticsOut {
  private DiagnosticsOut() {}

  static Map<String, List<org.eclipse.lsp4j.Diagnostic>> byUri(Analysis a) {
    Map<String, List<org.eclipse.lsp4j.Diagnostic>> out = new LinkedHashMap<>();
    out.put(a.uri, new java.util.ArrayList<>());
    Map<String, TextLines> texts = new HashMap<>();
    for (Diagnostic d : a.diagnostics) {
      String file = d.file() == null ? a.fileName : d.file();
      String uri = a.uriOf(file);
      if (uri == null) continue;
      org.eclipse.lsp4j.Diagnostic x = new org.eclipse.lsp4j.Diagnostic();
      x.setRange(range(a, texts, file, d.line(), d.column(), d.length()));
      x.setSeverity(switch (d.severity()) {
        case ERROR -> DiagnosticSeverity.Error;
        case WARNING -> DiagnosticSeverity.Warning;
        default -> DiagnosticSeverity.Information;
      });
      if (d.code() != null) x.setCode(d.code());
      x.setSource("convenio");
      x.setMessage(d.hint() == null ? d.message() : d.message() + "\nhint: " + d.hint());
      if ("unreachable".equals(d.code())) x.setTags(List.of(DiagnosticTag.Unnecessary));
      Diagnostic.Related rel = d.related();
      if (rel != null && a.uriOf(rel.file()) != null) {
        Range r = wordRange(a, texts, rel.file(), rel.line(), rel.column());
        x.setRelatedInformation(List.of(new DiagnosticRelatedInformation(new Location(a.uriOf(rel.file()), r),
            rel.message())));
      }
      out.computeIfAbsent(uri, k -> new java.util.ArrayList<>()).add(x);
    }
    return out;
  }

  static Range range(Analysis a, Map<String, TextLines> texts, String file, int line, int column, int length) {
    if (line <= 0) return new Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 0));
    return lines(a, texts, file).range(line, column, length);
  }

  /** The word that starts at a place (the name a "first declared here" points at), or the rest of its line. */
  static Range wordRange(Analysis a, Map<String, TextLines> texts, String file, int line, int column) {
    TextLines t = lines(a, texts, file);
    // A declaration's place: the name it declares.
    SourceIndex idx = a.indexOf(file);
    SourceIndex.Extent decl = idx == null ? null : idx.declarationAt(line, column);
    if (decl != null && decl.line() == line && decl.column() == column) {
      for (SourceIndex.Occurrence o : idx.occurrences) {
        if (o.definition() && o.line() >= decl.line() && o.line() <= decl.endLine() && o.ns() != SourceIndex.Ns.COLUMN) {
          return t.range(o.line(), o.column(), o.length());
        }
      }
    }
    String l = t.line(line - 1);
    int from = t.position(line, column).getCharacter(), to = from;
    while (to < l.length() && (Character.isLetterOrDigit(l.charAt(to)) || l.charAt(to) == '_')) to++;
    return to == from ? t.range(line, column, 0) : t.range(line, column, l.codePointCount(from, to));
  }

  private static TextLines lines(Analysis a, Map<String, TextLines> texts, String file) {
    return texts.computeIfAbsent(file, f -> {
      String text = a.textOf(f);
      if (text == null) {
        try {
          text = Files.readString(Path.of(f), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
          text = "";
        }
      }
      return new TextLines(text);
    });
  }
}
