package convenio.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.diagnostics.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutations of the bundled contracts through the whole front end (parse, imports, tables, check, compile): whatever
 * the text, no exception escapes and every diagnostic has a place. The seed is fixed, so a failure is reproduced by
 * running the test again; {@code -Dconvenio.fuzz.cases=N} runs N cases per contract instead of the
 * {@value #DEFAULT_CASES} of the normal build, and {@code -Dconvenio.fuzz.seed=S} explores other mutations.
 */
class FrontEndFuzzTest {
  static final int DEFAULT_CASES = 60; // × 4 bundled contracts = 240 in the normal run

  static final String[] FRAGMENTS = {"(", ")", "[", "]", "{", "}", "not ", "if ", " then ", " else ", "+", "-", "*",
      "/ 0", "%", "R$ ", "99999999999999999999", ",", "..", "\"", "\n", "let ", "price ", "import \"../x\"\n",
      "import std.", "table ", "glosa ", "1707", "2025-02-30", "25:99", "\u00A0", "\uFEFF", "é", "\t", "//", "/*",
      "min(", "max(", "of ", "in ", "R$ -1,00", "0,0000000001", "100000%", "quantity", "item.", "true", "=="};

  @TempDir Path tmp;

  @Test
  void mutatedContractsNeverThrowAndEveryDiagnosticHasAPlace() throws Exception {
    int cases = Integer.getInteger("convenio.fuzz.cases", DEFAULT_CASES);
    long seed = Long.getLong("convenio.fuzz.seed", 20260302L);
    List<Path> contracts = new ArrayList<>();
    try (var s = Files.list(Path.of("../contracts").toAbsolutePath().normalize())) {
      for (Path d : s.sorted().toList()) {
        if (!Files.isDirectory(d)) continue;
        Path copy = tmp.resolve(d.getFileName().toString());
        try (var all = Files.walk(d)) {
          for (Path p : all.toList()) {
            Path target = copy.resolve(d.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else Files.copy(p, target);
          }
        }
        try (var f = Files.list(copy)) {
          f.filter(p -> p.toString().endsWith(".convenio")).sorted().forEach(contracts::add);
        }
      }
    }
    assertTrue(contracts.size() >= 4, "the bundled contracts: " + contracts);
    int run = 0;
    for (Path contract : contracts) {
      String original = Files.readString(contract, StandardCharsets.UTF_8);
      Random random = new Random(seed ^ contract.getFileName().toString().hashCode());
      for (int i = 0; i < cases; i++) {
        String mutated = mutate(original, random);
        // Written beside a copy of the original, so its table files and imports resolve as they would for a user.
        Path file = contract.resolveSibling("fuzz-" + contract.getFileName());
        Files.writeString(file, mutated, StandardCharsets.UTF_8);
        try {
          Compilation c = Convenio.compile(file);
          for (Diagnostic d : c.diagnostics()) {
            if (d.file() == null || d.file().isBlank() || d.line() <= 0) {
              fail("case " + i + " of " + contract.getFileName() + " (seed " + seed + "): a diagnostic without a"
                  + " place: " + d.headline());
            }
          }
        } catch (RuntimeException | StackOverflowError e) {
          throw new AssertionError("case " + i + " of " + contract.getFileName() + " (seed " + seed + ") threw", e);
        } finally {
          Files.deleteIfExists(file);
        }
        run++;
      }
    }
    assertTrue(run >= cases * 4, "ran " + run + " cases");
  }

  /** One to three edits: insert a fragment, delete a span, duplicate a span, or repeat a fragment many times. */
  static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(b.length() + 1);
      switch (random.nextInt(5)) {
        case 0 -> b.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(40)));
        case 2 -> {
          int end = Math.min(b.length(), at + 1 + random.nextInt(200));
          b.insert(at, b.substring(at, end));
        }
        case 3 -> b.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].repeat(50 + random.nextInt(500)));
        default -> {
          int end = Math.min(b.length(), at + 1 + random.nextInt(10));
          b.replace(at, end, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
      }
    }
    return b.toString();
  }
}
