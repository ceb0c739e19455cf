package convenio.cases;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Finds case files (docs/test-cases.md): {@code *.cases.yaml|yml} anywhere, and {@code .yaml|.yml} files directly in
 * a folder named {@code cases} that look like case files (accounts kept there are skipped). A file named on the
 * command line is always taken, whatever its name. {@code target/} and hidden folders are not searched.
 */
public final class CaseFinder {
  private CaseFinder() {}

  /** Sorted, so reports and JUnit XML are stable between runs. Paths that do not exist are returned in {@code missing}. */
  public static List<Path> find(List<Path> roots, List<Path> missing) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        found.add(root);
      } else if (Files.isDirectory(root)) {
        List<Path> here = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            // Build output (target/) holds copies of the sources' case files; hidden folders are tools' own.
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean skip = !dir.equals(root) && (name.equals("target") || name.startsWith("."));
            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && isCaseFile(file)) here.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
        here.sort(null);
        found.addAll(here);
      } else {
        missing.add(root);
      }
    }
    return found;
  }

  static boolean isCaseFile(Path p) {
    String name = p.getFileName().toString();
    if (name.endsWith(".cases.yaml") || name.endsWith(".cases.yml")) return true;
    if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) return false;
    Path parent = p.getParent();
    if (parent == null || parent.getFileName() == null || !parent.getFileName().toString().equals("cases")) return false;
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return CaseFileLoader.looksLikeCaseFile(r);
    } catch (IOException e) {
      return true; // unreadable: let the loader report it
    }
  }
}
