package convenio.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Diagnostics as JSON for editors and CI, from the same values the text renderer shows. Field names are part of the
 * tool's interface: {@code file, line, column, length, endColumn, severity, code, message, hint, related}.
 */
public final class DiagnosticJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiagnosticJson() {}

  /** {@code {"errors": n, "warnings": m, "diagnostics": [...]}}. */
  public static String render(List<Diagnostic> diagnostics) {
    ObjectNode root = JSON.createObjectNode();
    root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
    root.put("warnings", diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) list.add(node(d));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  static ObjectNode node(Diagnostic d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("file", d.file());
    n.put("line", d.line());
    n.put("column", d.column());
    n.put("length", d.length());
    n.put("endColumn", d.column() > 0 ? d.column() + Math.max(1, d.length()) : 0);
    n.put("severity", d.severity().label());
    n.put("code", d.code());
    n.put("message", d.message());
    if (d.hint() != null) n.put("hint", d.hint());
    if (d.related() != null) {
      ObjectNode r = n.putObject("related");
      r.put("file", d.related().file());
      r.put("line", d.related().line());
      r.put("column", d.related().column());
      r.put("message", d.related().message());
    }
    return n;
  }
}
