package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.diagnostics.DiagnosticRenderer;
import convenio.format.Formatter;
import convenio.syntax.Keywords.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convenio fmt FILE...}: the contract in canonical layout ({@link Formatter}), printed or written back; with
 * {@code --to pt|en} translated to the other keyword set, word for word.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = {"Print contract files in canonical layout (or write them back with --write), keeping comments and"
        + " clause headings; --to pt|en translates a file between the Portuguese and English keyword sets."},
    footer = {"", "Examples:",
        "  ./convenio fmt contracts/exemplo/exemplo.convenio",
        "  ./convenio fmt --write contracts/*/*.convenio",
        "  ./convenio fmt --check contracts/*/*.convenio   (CI: exit 1 if not formatted)",
        "  ./convenio fmt --to pt contracts/clinica-imagem/clinica-imagem.convenio",
        "  ./convenio fmt --to en contracts/clinica-imagem-pt/clinica-imagem-pt.convenio",
        "", "Exit codes (docs/commands.md): 0 done; 1 a file has syntax errors (or, with --check, is not formatted);",
        "2 usage error; 3 a file could not be read or written."})
final class FmtCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "contract or module files (.convenio)")
  List<Path> files;

  @Option(names = {"-w", "--write"}, description = "write the result back to each file instead of printing it")
  boolean write;

  @Option(names = "--check", description = "print nothing; exit 1 and name the files that are not formatted")
  boolean check;

  @Option(names = "--to", paramLabel = "pt|en",
      description = "translate to the Portuguese (pt) or English (en) keyword set")
  String to;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = null;
    if (to != null) {
      try {
        language = Language.parse(to);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--to: " + e.getMessage());
      }
    }
    if (write && check) throw new CommandLine.ParameterException(spec.commandLine(), MESSAGES.get("fmt.write.or.check"));
    int exit = ExitCode.OK;
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(MESSAGES.get("file.unreadable", file, Files.exists(file) ? e.getMessage() : MESSAGES.get("file.none")));
        exit = Math.max(exit, ExitCode.FILES);
        continue;
      }
      Formatter.Result r = Formatter.format(file.toString(), text, language);
      if (!r.ok()) {
        String source = text;
        err.print(new DiagnosticRenderer(name -> source).render(r.diagnostics()));
        err.println(MESSAGES.get("fmt.not.formatted", file));
        exit = Math.max(exit, ExitCode.INPUT_ERRORS);
        continue;
      }
      if (check) {
        if (!r.text().equals(text)) {
          out.println(MESSAGES.get("fmt.not.formatted", file));
          exit = Math.max(exit, ExitCode.INPUT_ERRORS);
        }
      } else if (write) {
        if (r.text().equals(text)) continue;
        try {
          Files.writeString(file, r.text(), StandardCharsets.UTF_8);
          out.println(MESSAGES.get("fmt.formatted", file));
        } catch (IOException e) {
          err.println(MESSAGES.get("file.unwritable", file, e.getMessage()));
          exit = Math.max(exit, ExitCode.FILES);
        }
      } else {
        out.print(r.text());
      }
    }
    out.flush();
    err.flush();
    return exit;
  }
}
