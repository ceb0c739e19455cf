package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.check.CheckResult;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.DiagnosticJson;
import convenio.diagnostics.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convenio check FILE...}: every diagnostic of every file, like a compiler; exit 1 when any is an error. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check contract files and print every error and warning, with its place.",
    footer = {"", "Examples:",
        "  ./convenio check contracts/exemplo/exemplo.convenio",
        "  ./convenio check --format json contracts/*/*.convenio   (editors, CI)",
        "", "Exit codes (docs/commands.md): 0 no error (warnings allowed); 1 an error; 2 usage error;",
        "3 a file does not exist."})
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  enum When { auto, always, never }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "contract or module files (.convenio)")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json, for editors and CI")
  Format format;

  @Option(names = "--color", defaultValue = "auto", description = "auto (when printing to a terminal), always or never")
  When color;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> absent = files.stream().filter(f -> !Files.exists(f)).toList();
    if (!absent.isEmpty()) {
      for (Path f : absent) err.println(MESSAGES.get("file.missing", f));
      err.flush();
      return ExitCode.FILES;
    }
    List<Diagnostic> all = new ArrayList<>();
    Set<Diagnostic> shown = new HashSet<>();
    for (Path file : files) {
      CheckResult result = CheckResult.of(file);
      // A module imported by several of the files is checked with each; its findings are shown once.
      List<Diagnostic> fresh = result.diagnostics().stream().filter(shown::add).toList();
      all.addAll(fresh);
      if (format == Format.text) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(name -> sourceOf(result, name)).withColour(colour());
        out.print(renderer.render(fresh));
      }
    }
    if (format == Format.json) {
      out.print(DiagnosticJson.render(all));
    } else {
      String what = files.size() == 1 ? files.get(0).toString() : MESSAGES.get("check.files", files.size());
      out.println(MESSAGES.get(all.stream().anyMatch(Diagnostic::isError) ? "check.failed" : "check.ok", what,
          DiagnosticRenderer.counts(all)));
    }
    out.flush();
    return all.stream().anyMatch(Diagnostic::isError) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }

  /** Colours only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
  private boolean colour() {
    if (color != When.auto) return color == When.always;
    return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
  }

  /** Contract sources from the check; table files and the like from disk, as the diagnostics name them. */
  private static String sourceOf(CheckResult result, String name) {
    String text = result.sourceText(name);
    if (text != null) return text;
    try {
      Path p = Path.of(name);
      return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }
}
