package convenio.syntax;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a contract file and, transitively, what it imports: {@code import std.x.y} from the standard library on the
 * classpath ({@code std/x/y.convenio}), {@code import "path"} relative to the importing file (or from the in-memory
 * sources given to {@link #load(SourceFile, Function)}). Reports missing files and import cycles at the import that
 * causes them; each file is parsed once however many files import it.
 *
 * <p>Imports from disk stay inside the main contract's folder tree (links resolved), so a contract cannot read
 * {@code /etc/passwd} or {@code /dev/zero}; {@link #IMPORT_ROOT_PROPERTY} (the command line's {@code --import-root})
 * widens the root for a shared folder of modules. Each file is at most {@link SourceFiles#MAX_BYTES}, and imports nest
 * at most {@link #MAX_IMPORT_DEPTH} files deep.
 */
public final class ModuleLoader {
  private static final Messages M = Messages.of(ModuleLoader.class, "convenio.syntax.messages");
  /**
   * Standard modules parsed once per JVM: they are resources of the jar and never change while it runs, and their
   * ASTs are immutable. An editor re-checks a contract at every pause in typing; parsing std.tiss.glosas (the whole
   * of TISS table 38) each time was most of it.
   */
  private record Parsed(String text, SourceParser.Result parsed) {}

  private static final Map<String, Parsed> STANDARD = new java.util.concurrent.ConcurrentHashMap<>();

  private final Function<String, SourceFile> inMemory;
  private final Map<String, ContractFile> parsed = new HashMap<>();
  private final Map<String, SourceFile> sources = new LinkedHashMap<>();
  private final List<ContractFile> ordered = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<String> stack = new ArrayList<>();
  private Path root;

  /** The system property naming a folder that imports may read from besides the contract's own folder tree. */
  public static final String IMPORT_ROOT_PROPERTY = "convenio.importRoot";

  /** Files that import files that import files…: deeper than this is refused at the import. */
  public static final int MAX_IMPORT_DEPTH = 64;

  private ModuleLoader(Function<String, SourceFile> inMemory) {
    this.inMemory = inMemory;
  }

  public static Program load(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    String text;
    try {
      text = SourceFiles.read(file);
    } catch (SourceFiles.Unreadable e) {
      Diagnostic d = Diagnostic.atLine(Severity.ERROR, "io", file.toString(), e.line,
          M.text("io.contract", e.text), e.hint);
      return new Program(List.of(), Map.of(), List.of(d));
    }
    return load(new SourceFile(file.toString(), text, dir), name -> null);
  }

  /** Loads from a main source; {@code others} answers {@code import "name"} for files that are not on disk. */
  public static Program load(SourceFile main, Function<String, SourceFile> others) {
    ModuleLoader loader = new ModuleLoader(others);
    loader.root = main.dir();
    loader.visit(main);
    return new Program(loader.ordered, loader.sources, loader.diagnostics);
  }

  private void visit(SourceFile source) {
    if (parsed.containsKey(source.name())) return;
    stack.add(source.name());
    sources.put(source.name(), source);
    Parsed known = isStandard(source) ? STANDARD.get(source.name()) : null;
    SourceParser.Result result = known != null && known.text().equals(source.text()) ? known.parsed()
        : SourceParser.parse(source.name(), source.text());
    if (isStandard(source) && known == null) STANDARD.put(source.name(), new Parsed(source.text(), result));
    diagnostics.addAll(result.diagnostics());
    ContractFile file = result.file();
    parsed.put(source.name(), file);
    if (file != null) {
      for (Decl d : file.decls()) {
        if (d instanceof Decl.Import imp) follow(source, imp);
      }
      ordered.add(file);
    }
    stack.remove(stack.size() - 1);
  }

  private void follow(SourceFile from, Decl.Import imp) {
    if (stack.size() >= MAX_IMPORT_DEPTH) {
      diagnostics.add(Diagnostic.error("limit", imp.span(), M.text("import.depth", MAX_IMPORT_DEPTH),
          M.text("import.depth.hint")));
      return;
    }
    SourceFile target = imp.module() != null ? stdlib(imp) : relative(from, imp);
    if (target == null) return;
    int at = stack.indexOf(target.name());
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(stack.subList(at, stack.size()));
      cycle.add(target.name());
      diagnostics.add(Diagnostic.error("import-cycle", imp.span(),
          M.text("import.cycle", String.join(" → ", cycle)), M.text("import.cycle.hint")));
      return;
    }
    visit(target);
  }

  private boolean isStandard(SourceFile source) {
    return source.dir() == null && standardNames.contains(source.name());
  }

  private final Set<String> standardNames = new HashSet<>();

  private SourceFile stdlib(Decl.Import imp) {
    String resource = imp.module().replace('.', '/') + ".convenio";
    try (InputStream in = ModuleLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        diagnostics.add(Diagnostic.error("import", imp.span(), M.text("import.no.module", imp.module()),
            imp.module().startsWith("std.") ? M.text("import.no.module.std") : M.text("import.no.module.path", resource)));
        return null;
      }
      standardNames.add(resource);
      return new SourceFile(resource, new String(in.readNBytes(SourceFiles.MAX_BYTES), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error("import", imp.span(), M.text("import.read.module", imp.module(), reason(e))));
      return null;
    }
  }

  private SourceFile relative(SourceFile from, Decl.Import imp) {
    SourceFile mem = inMemory.apply(imp.path());
    if (mem != null) return mem;
    if (from.dir() == null) {
      diagnostics.add(Diagnostic.error("import", imp.span(), M.text("import.not.found", imp.path()),
          M.text("import.not.found.hint")));
      return null;
    }
    Path path = from.dir().resolve(imp.path()).normalize();
    String name = displayName(from, path);
    if (sources.containsKey(name)) return sources.get(name);
    // Nothing is read (so nothing of it is quoted in an error) from outside the allowed folders.
    if (!allowed(path, false) || (Files.exists(path) && !allowed(path, true))) {
      diagnostics.add(Diagnostic.error("import", imp.span(), M.text("import.outside", imp.path(), root),
          M.text("import.outside.hint")));
      return null;
    }
    if (!Files.exists(path)) {
      diagnostics.add(Diagnostic.error("import", imp.span(), M.text("import.missing", imp.path()),
          M.text("import.missing.hint", from.dir())));
      return null;
    }
    try {
      return new SourceFile(name, SourceFiles.read(path), path.getParent());
    } catch (SourceFiles.Unreadable e) {
      diagnostics.add(Diagnostic.error("import", imp.span(), M.text("import.read", imp.path(), e.text), e.hint));
    }
    return null;
  }

  /** Inside the main file's folder tree or the widened root: as written, or ({@code real}) once links are resolved. */
  private boolean allowed(Path path, boolean real) {
    try {
      Path p = real ? path.toRealPath() : path.toAbsolutePath().normalize();
      if (root != null && p.startsWith(real ? root.toRealPath() : root.toAbsolutePath().normalize())) return true;
      String wider = System.getProperty(IMPORT_ROOT_PROPERTY);
      if (wider == null || wider.isBlank()) return false;
      Path w = Path.of(wider);
      return p.startsWith(real ? w.toRealPath() : w.toAbsolutePath().normalize());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Names files the way the user would: relative to the working directory when they are under it. */
  private static String displayName(SourceFile from, Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
  }

  private static Object reason(IOException e) {
    if (e instanceof NoSuchFileException) return M.text("source.missing");
    return e.getClass().getSimpleName() + " " + e.getMessage();
  }
}
