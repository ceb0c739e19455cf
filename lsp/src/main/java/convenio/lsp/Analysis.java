package convenio.lsp;

import convenio.check.CheckResult;
import convenio.check.EditorFacts;
import convenio.compile.Compiler;
import convenio.diagnostics.Diagnostic;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.TableLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One version of an open document, read, checked and indexed: what every answer about it is made from. Immutable
 * but for what it works out on first use (the types and ranks of {@link EditorFacts}, values of lets, indexes of the
 * files it imports), so an answer never re-checks the document.
 */
final class Analysis {
  final String uri;
  final int version;
  final TextLines lines;
  /** How the compiler names this file: its absolute path when it is on disk, else its URI. */
  final String fileName;
  final Path path;
  final Program program;
  final TableLoader.Result tables;
  final List<Diagnostic> diagnostics;
  final SourceIndex index;
  private final IndexCache cache;
  private EditorFacts facts;

  private Analysis(String uri, int version, String text, Path path, Program program, TableLoader.Result tables,
      List<Diagnostic> diagnostics, SourceIndex index, IndexCache cache) {
    this.uri = uri;
    this.version = version;
    this.lines = new TextLines(text);
    this.path = path;
    this.fileName = path != null ? path.toString() : uri;
    this.program = program;
    this.tables = tables;
    this.diagnostics = diagnostics;
    this.index = index;
    this.cache = cache;
  }

  /**
   * Reads, checks and indexes a document's text. {@code openText} gives the text of other open documents by path
   * (an imported file being edited is read as the editor has it, not as saved).
   */
  static Analysis of(String uri, int version, String text, Function<Path, String> openText, IndexCache cache,
      TableCache tableCache) {
    Path path = pathOf(uri);
    Path dir = path == null ? null : path.getParent();
    SourceFile main = new SourceFile(path != null ? path.toString() : uri, text, dir);
    Program program = ModuleLoader.load(main, name -> {
      if (dir == null) return null;
      Path p = dir.resolve(name).normalize();
      String open = openText.apply(p);
      return open == null ? null : new SourceFile(name, open, p.getParent());
    });
    TableLoader.Result tables = tableCache.load(program);
    CheckResult checked = CheckResult.of(program, tables);
    return new Analysis(uri, version, text, path, program, tables, checked.diagnostics(), cache.of(text), cache);
  }

  static Path pathOf(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  String text() {
    return lines.text();
  }

  ContractFile mainFile() {
    for (ContractFile f : program.files()) if (f.file().equals(fileName)) return f;
    return null;
  }

  synchronized EditorFacts facts() {
    if (facts == null) facts = EditorFacts.of(program, tables);
    return facts;
  }

  /** The value of a let, when it does not depend on an item and the contract has no errors; else null. */
  Object constant(String name) {
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) return null;
    try {
      return Compiler.constant(program, tables, name, null);
    } catch (RuntimeException dependsOnTheItem) {
      return null;
    }
  }

  /** The editor's URI of a file the compiler read (this document, a file it imports, a standard module). */
  String uriOf(String file) {
    if (file.equals(fileName)) return uri;
    SourceFile s = program.sources().get(file);
    if (s != null && s.dir() == null) {
      StdModules.Module m = StdModules.get().byResource(file);
      return m == null ? null : StdModules.get().uri(m);
    }
    return Path.of(file).toAbsolutePath().normalize().toUri().toString();
  }

  /**
   * How a declaration reads in its file: its first line up to {@code =} ("price procedures from lista"), at most 70
   * characters; for outlines and lists of rules.
   */
  String heading(convenio.syntax.Span span) {
    String text = textOf(span.file());
    if (text == null) return LspTexts.M.get("hover.line", span.line());
    String line = new TextLines(text).line(span.line() - 1).strip();
    int eq = line.indexOf(" = ");
    if (eq > 0) line = line.substring(0, eq);
    return line.length() > 70 ? line.substring(0, 69) + "…" : line;
  }

  /** The text of a file of the program, by the compiler's name for it. */
  String textOf(String file) {
    if (file.equals(fileName)) return text();
    SourceFile s = program.sources().get(file);
    return s == null ? null : s.text();
  }

  /** The index of a file of the program (this document's, or an imported file's, cached by its text). */
  SourceIndex indexOf(String file) {
    if (file.equals(fileName)) return index;
    String text = textOf(file);
    return text == null ? null : cache.of(text);
  }

  /** Every declaration of the program with the file it is in, imports first, this document last. */
  List<Map.Entry<String, Decl>> declarations() {
    List<Map.Entry<String, Decl>> out = new ArrayList<>();
    for (ContractFile f : program.files()) for (Decl d : f.decls()) out.add(Map.entry(f.file(), d));
    return out;
  }

  /** Where each name of a namespace is declared: the file and the declaration's occurrence, across the program. */
  Map<String, List<Located>> definitions(SourceIndex.Ns ns) {
    Map<String, List<Located>> out = new LinkedHashMap<>();
    for (ContractFile f : program.files()) {
      SourceIndex idx = indexOf(f.file());
      if (idx == null) continue;
      for (SourceIndex.Occurrence o : idx.occurrences) {
        if (o.definition() && o.ns() == ns) out.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(new Located(f.file(), o));
      }
    }
    return out;
  }

  /** An occurrence with the file it is in. */
  record Located(String file, SourceIndex.Occurrence at) {}
}
