package convenio.lsp;

import static convenio.lsp.LspTexts.M;

import convenio.check.EditorFacts;
import convenio.grammar.ConvenioParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Renames a name the contract declares itself (a let, map, table, schedule, group, justification or check) at its
 * declaration and every use in the file, including {@code ${name}} in glosa and critique texts. Names of the standard
 * library or of imported files, and the names the engine gives items, are refused with the reason.
 */
final class Renames {
  private Renames() {}

  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  static PrepareRenameResult prepare(Analysis a, Position pos) {
    SourceIndex.Occurrence o = renamable(a, pos);
    return new PrepareRenameResult(a.lines.range(o.line(), o.column(), o.length()), o.name());
  }

  static WorkspaceEdit rename(Analysis a, Position pos, String newName) {
    SourceIndex.Occurrence o = renamable(a, pos);
    if (!NAME.matcher(newName).matches()) refuse(M.get("rename.not.name", newName));
    if (isKeyword(newName)) refuse(M.get("rename.keyword", newName));
    if (o.ns() == SourceIndex.Ns.VALUE && EditorFacts.itemNames().containsKey(newName)) {
      refuse(M.get("rename.item.name", newName));
    }
    if (!newName.equals(o.name()) && a.definitions(o.ns()).containsKey(newName)) {
      refuse(M.get("rename.declared", newName));
    }
    List<TextEdit> edits = new ArrayList<>();
    for (SourceIndex.Occurrence x : a.index.occurrences) {
      if (x.ns() == o.ns() && x.name().equals(o.name()) && !x.quoted()) {
        edits.add(new TextEdit(a.lines.range(x.line(), x.column(), x.length()), newName));
      }
    }
    if (o.ns() == SourceIndex.Ns.VALUE) templateUses(a, o.name(), newName, edits);
    return new WorkspaceEdit(Map.of(a.uri, edits));
  }

  /** {@code ${name}} and {@code ${name.column}} inside the file's strings (glosa and critique texts). */
  private static void templateUses(Analysis a, String name, String newName, List<TextEdit> edits) {
    Pattern hole = Pattern.compile("\\$\\{\\s*(" + Pattern.quote(name) + ")(?![\\p{L}\\p{N}_])");
    for (Token t : a.index.tokens) {
      if (t.getType() != ConvenioParser.STRING) continue;
      Matcher m = hole.matcher(t.getText());
      while (m.find()) {
        int col = t.getCharPositionInLine() + 1 + t.getText().codePointCount(0, m.start(1));
        edits.add(new TextEdit(a.lines.range(t.getLine(), col, name.codePointCount(0, name.length())), newName));
      }
    }
  }

  private static SourceIndex.Occurrence renamable(Analysis a, Position pos) {
    SourceIndex.Occurrence o = a.index.occurrenceAt(pos.getLine() + 1, a.lines.column1(pos));
    if (o == null) refuse(M.get("rename.nothing"));
    if (o.ns() == SourceIndex.Ns.COLUMN) {
      refuse(M.get("rename.column"));
    }
    if (o.quoted()) refuse(M.get("rename.quoted"));
    List<Analysis.Located> defs = a.definitions(o.ns()).getOrDefault(o.name(), List.of());
    if (defs.isEmpty()) {
      refuse(M.get(EditorFacts.itemNames().containsKey(o.name()) ? "rename.item.name" : "rename.undeclared", o.name()));
    }
    for (Analysis.Located d : defs) {
      if (!d.file().equals(a.fileName)) {
        StdModules.Module m = StdModules.get().byResource(d.file());
        refuse(M.get("rename.elsewhere", o.name(), m != null ? M.get("rename.std.module", m.name()) : d.file()));
      }
    }
    return o;
  }

  private static boolean isKeyword(String word) {
    for (int t = 1; t <= ConvenioParser.VOCABULARY.getMaxTokenType(); t++) {
      String literal = ConvenioParser.VOCABULARY.getLiteralName(t);
      if (literal != null && literal.equals("'" + word + "'")) return true;
    }
    return false;
  }

  private static void refuse(String why) {
    throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, why, null));
  }
}
