package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Contract;
import convenio.glosas.Recurso;
import convenio.history.HistoryException;
import convenio.history.HistoryStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import convenio.model.GlosaGroup;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convenio recurso}: the provider's appeal of the glosas an operator's demonstrativo applied. */
@Command(name = "recurso", mixinStandardHelpOptions = true,
    description = {"Provider side: re-price an operator's demonstrativo de análise de conta with the contract and "
        + "write a recurso de glosa (TISS) for the glosas the contract does not support, each with its "
        + "justification (the rule's file:line and the value the contract gives), and a summary of the amount "
        + "under appeal."},
    footer = {"", "Examples:",
        "  ./convenio recurso --contract repl/src/test/resources/repl/contrato.convenio \\",
        "      repl/src/test/resources/repl/demonstrativo.xml",
        "  ./convenio recurso -c C.convenio --lote lote.xml -o recurso.xml demo.xml",
        "  ./convenio recurso -c C.convenio --prazo-days 30 -o recurso.xml demo.xml",
        "", "Writes the recursoGlosa XML to stdout, or to --out FILE (the summary then goes to stdout).",
        "Exit codes (docs/commands.md): 0 done (whether or not anything is appealed); 1 the contract has errors;"
            + " 2 usage error; 3 a file could not be read or written."})
final class RecursoCommand implements Callable<Integer> {
  @Mixin
  ContractOption contract;

  @Parameters(index = "0", paramLabel = "DEMONSTRATIVO",
      description = "the operator's demonstrativoAnaliseConta (TISS XML)")
  Path demonstrativo;

  @Option(names = "--lote", paramLabel = "FILE",
      description = "the original lote (TISS XML or YAML/JSON account) to re-price, instead of the demonstrativo's "
          + "presented values")
  Path lote;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "where to write the recursoGlosa XML")
  Path out;

  @Option(names = "--number", paramLabel = "N",
      description = "the recurso's number (numeroGuiaRecGlosaPrestador); default: the protocol's number")
  String number;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the recurso's date; default: today")
  LocalDate date;

  @Option(names = "--prazo-days", paramLabel = "N",
      description = "the recurso prazo in days after the demonstrativo, instead of the contract's (recurso in N days"
          + " after demonstrativo): a glosa out of it is warned about and not drafted")
  Integer prazoDays;

  @Option(names = "--history", paramLabel = "DB",
      description = "the glosa history: its recurso prazo for the operator (convenio history prazo), over the"
          + " contract's, and its glosa classes (convenio history classify) for which glosas are technical")
  String history;

  @Option(names = "--late", description = "draft the recurso even when it is out of the prazo")
  boolean late;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Contract c = contract.load(stderr);
    if (c == null) return ExitCode.INPUT_ERRORS;
    LocalDate on = date != null ? date : LocalDate.now();
    BiFunction<String, String, GlosaGroup> classes = null;
    RecursoPrazo.Source prazo;
    if (prazoDays != null) {
      prazo = operator -> prazoDays;
    } else {
      // The prazo recorded in the history (--history) overrides the contract's clause (recurso in N days after …).
      RecursoPrazo.Source fromContract = operator -> c.recursoPrazo() == null ? null : c.recursoPrazo().recursoDays();
      Map<String, Integer> recorded = new HashMap<>();
      if (history != null) {
        try (HistoryStore h = HistoryStore.open(history)) {
          classes = h.glosaClasses();
          for (String operator : RecursoPrazo.operators(demonstrativo)) {
            OptionalInt d = h.recursoPrazo(operator);
            if (d.isPresent()) recorded.put(operator, d.getAsInt());
          }
        } catch (HistoryException e) {
          stderr.println(MESSAGES.get("error", e.getMessage()));
          return ExitCode.FILES;
        }
      }
      prazo = operator -> recorded.containsKey(operator) ? recorded.get(operator) : fromContract.days(operator);
    }
    // Without --out the recurso's XML goes to stdout: what is said about the prazo then goes to stderr.
    Set<String> late = RecursoPrazo.lateOnes(demonstrativo, prazo, on, out == null ? stderr : stdout, stderr);
    Recurso.Options options = new Recurso.Options(contract.file, demonstrativo, lote, out, number, date, true, late,
        this.late, classes);
    int code = Recurso.run(c, options, stdout, stderr, System.out);
    stdout.flush();
    stderr.flush();
    return code;
  }
}
