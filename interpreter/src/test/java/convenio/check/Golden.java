package convenio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: an input beside its expected output. {@code -Dgolden.update=true} rewrites the expected files from what
 * the code produces now; review the diff before committing it.
 */
public final class Golden {
  private Golden() {}

  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** The inputs with the given extension directly in a folder (not in its subfolders: those hold imported files). */
  public static List<Path> inputs(Path dir, String ext) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }

  public static void compare(Path expectedFile, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail("no golden file " + expectedFile + "; this is what the code produces (run with -Dgolden.update=true to keep"
          + " it):\n" + actual);
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "differs from " + expectedFile);
  }
}
