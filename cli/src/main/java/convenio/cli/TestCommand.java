package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Compilation;
import convenio.cases.AccountReader;
import convenio.cases.CaseRunner;
import convenio.cases.JUnitXml;
import convenio.cases.RuleCoverage;
import convenio.cases.TestReport;
import convenio.cases.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convenio test PATH...}: runs the analysts' YAML cases (docs/test-cases.md). */
@Command(name = "test", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Run the analysts' test cases: price each case's account with its contract and compare with what"
        + " the case expects. Each failure shows expected vs actual and the trace of the item.",
        "Case files: *.cases.yaml anywhere, or .yaml files in a folder named cases/ (see docs/test-cases.md)."},
    footer = {"", "Examples:",
        "  ./convenio test contracts/",
        "  ./convenio test contracts/hospital-sao-lucas/cases/pacotes.yaml --verbose",
        "  ./convenio test contracts/ -k colecistectomia   (names containing it)",
        "  ./convenio test contracts/ --junit target/convenio-cases.xml",
        "  ./convenio test contracts/clinica-imagem --coverage   (rules not exercised)",
        "", "Exit codes (docs/commands.md): 0 every case passed (or was skipped); 1 a case failed or a case file has"
        + " errors; 2 usage error; 3 a PATH does not exist or holds no case file, or no case matched -k."})
final class TestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "case files, or folders to search for them")
  List<Path> paths;

  @Option(names = "--junit", paramLabel = "FILE", description = "also write JUnit XML for CI systems to FILE")
  Path junit;

  @Option(names = {"-v", "--verbose"}, description = "list passed cases too, not only failures")
  boolean verbose;

  @Option(names = {"-k", "--case"}, paramLabel = "TEXT",
      description = "run only the cases whose name contains TEXT (ignoring case)")
  String only;

  @Option(names = "--coverage", description = "list the rules of each contract that no case exercises")
  boolean coverage;

  @Spec
  CommandSpec spec;

  /** Replaceable in tests; the defaults are the real compiler and the tiss readers. */
  Function<Path, Compilation> compiler = CommandInputs::compile;
  AccountReader accounts = CommandInputs.accounts();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> absent = paths.stream().filter(p -> !Files.exists(p)).toList();
    if (!absent.isEmpty()) {
      for (Path p : absent) err.println(MESSAGES.get("file.or.folder.missing", p));
      err.flush();
      return ExitCode.FILES;
    }
    TestReport report;
    try {
      String needle = only == null ? null : only.toLowerCase(Locale.ROOT);
      report = new CaseRunner(compiler, accounts).run(paths,
          c -> needle == null || c.name().toLowerCase(Locale.ROOT).contains(needle));
    } catch (IOException e) {
      err.println(MESSAGES.get("test.unreadable", e.getMessage()));
      return ExitCode.FILES;
    }
    if (only != null && report.files().stream().allMatch(f -> f.results().isEmpty())) {
      // A mistyped filter must not look like a green run.
      err.println(MESSAGES.get("test.no.match", only));
      return ExitCode.FILES;
    }
    if (report.files().isEmpty()) {
      // A folder without cases must not look like a green run.
      err.println(MESSAGES.get("test.no.cases", String.join(", ", paths.stream().map(Path::toString).toList())));
      err.flush();
      return ExitCode.FILES;
    }
    out.print(TextReport.render(report, verbose));
    if (coverage) {
      for (RuleCoverage c : RuleCoverage.of(report)) out.print("\n" + c.render());
    }
    out.flush();
    if (junit != null) {
      try {
        Path parent = junit.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(junit, JUnitXml.render(report), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(MESSAGES.get("test.junit.unwritable", junit, e.getMessage()));
        return 1;
      }
    }

    return report.ok() ? 0 : 1;
  }
}
