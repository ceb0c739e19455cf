package convenio.cases;

import static convenio.cases.CaseTexts.M;

import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.cases.CaseResult.Status;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.model.PricingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs case files: compiles each contract once, reads each case's account, prices it and compares. Nothing a case
 * file or a contract can contain stops the run; each problem becomes part of the report.
 */
public final class CaseRunner {
  private final Function<Path, Compilation> compiler;
  private final AccountReader accounts;
  private final CaseFileLoader loader = new CaseFileLoader();
  private final Map<Path, Compilation> compiled = new HashMap<>();

  public CaseRunner(Function<Path, Compilation> compiler, AccountReader accounts) {
    this.compiler = compiler;
    this.accounts = accounts;
  }

  /** Finds the case files under the paths and runs them all. */
  public TestReport run(List<Path> paths) throws IOException {
    return run(paths, c -> true);
  }

  /** Runs the cases {@code only} accepts; a file with none of them is left out of the report (unless it is broken). */
  public TestReport run(List<Path> paths, Predicate<TestCase> only) throws IOException {
    List<Path> missing = new ArrayList<>();
    List<Path> files = CaseFinder.find(paths, missing);
    List<FileOutcome> outcomes = new ArrayList<>();
    for (Path f : files) {
      FileOutcome o = runFile(loader.load(f), only);
      if (!o.results().isEmpty() || !o.problems().isEmpty()) outcomes.add(o);
    }
    return new TestReport(outcomes, missing);
  }

  public FileOutcome runFile(CaseFile file) {
    return runFile(file, c -> true);
  }

  private FileOutcome runFile(CaseFile file, Predicate<TestCase> only) {
    List<CaseResult> results = new ArrayList<>();
    for (TestCase c : file.cases()) if (only.test(c)) results.add(runCase(c));
    return new FileOutcome(file.file(), file.problems(), results);
  }

  public CaseResult runCase(TestCase c) {
    long start = System.nanoTime();
    if (c.skip() != null) return new CaseResult(c, Status.SKIPPED, List.of(), c.skip(), null, 0);
    Compilation compilation = compile(c.contract());
    if (compilation == null || !compilation.ok()) return broken(c, compileProblem(c.contract(), compilation), start);
    AccountReader.Read read;
    try {
      read = c.account() instanceof AccountRef.FromFile f ? accounts.read(f.path())
          : accounts.readInline(((AccountRef.Inline) c.account()).yaml(), c.file(), c.account().line());
    } catch (RuntimeException e) {
      read = AccountReader.Read.failed(e.toString());
    }
    if (read.account() == null) return broken(c, M.get("run.account.unreadable", read.problem()), start);
    PricingResult result;
    try {
      result = compilation.contract().price(read.account());
    } catch (RuntimeException e) {
      // An engine failure (e.g. totals that do not reconcile) is reported on the case, never as a stack trace.
      return broken(c, M.get("run.engine.failed", e), start);
    }
    List<Mismatch> mismatches = ResultChecker.check(c.expect(), result);
    return new CaseResult(c, mismatches.isEmpty() ? Status.PASSED : Status.FAILED, mismatches, null, result,
        elapsed(start));
  }

  private Compilation compile(Path contract) {
    return compiled.computeIfAbsent(contract, p -> {
      if (!Files.isRegularFile(p)) return null;
      try {
        return compiler.apply(p);
      } catch (RuntimeException e) {
        return new Compilation(List.of(Diagnostic.atLine(Severity.ERROR, "internal", p.toString(),
            0, M.get("run.compiler.failed", e), null)), null, Map.of());
      }
    });
  }

  private static String compileProblem(Path contract, Compilation compilation) {
    if (compilation == null) return M.get("run.contract.missing", contract);
    StringBuilder b = new StringBuilder(M.get("run.contract.errors", contract));
    int shown = 0;
    for (Diagnostic d : compilation.diagnostics()) {
      if (!d.isError()) continue;
      if (shown++ == 5) {
        b.append("\n  … ").append(M.get("run.contract.more", contract));
        break;
      }
      b.append("\n  ").append(d.headline());
    }
    return b.toString();
  }

  private static CaseResult broken(TestCase c, String message, long start) {
    return new CaseResult(c, Status.BROKEN, List.of(), message, null, elapsed(start));
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
