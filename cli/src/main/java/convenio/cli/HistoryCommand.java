package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.history.AddOutcome;
import convenio.history.Due;
import convenio.history.HistoryException;
import convenio.history.HistoryStore;
import convenio.model.GlosaGroup;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code convenio history}: the glosa history (lotes, demonstrativos, recursos, answers) over months. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"The glosa history: records lotes, demonstrativos, recursos and their answers, and tells what is"
        + " due. The indicators are `convenio indicators`."},
    subcommands = {HistoryCommand.Add.class, HistoryCommand.DueCommand.class, HistoryCommand.Prazo.class,
        HistoryCommand.Classify.class},
    footer = {"", "Examples:", "  ./convenio history add lotes/ demonstrativos/ recursos/",
        "  ./convenio history due",
        "  ./convenio history prazo --operator 111111 --recurso-days 30 \\",
        "      --answer-days 30",
        "  ./convenio history add --db postgresql://user:secret@db.example:5432/glosas \\",
        "      retorno/"})
final class HistoryCommand implements Runnable {
  @Option(names = "--db", paramLabel = "DB", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "the history: a file (H2; default ~/.convenio/history.mv.db) or postgresql://user:password@host:port/db")
  String db;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), MESSAGES.get("history.command.missing"));
  }

  /** Opens the store, runs {@code body}, and turns a store error into a message and exit code 3 (a file). */
  static int withStore(String db, PrintWriter err, java.util.function.ToIntFunction<HistoryStore> body) {
    try (HistoryStore store = HistoryStore.open(db)) {
      return body.applyAsInt(store);
    } catch (HistoryException | UncheckedIOException | IllegalArgumentException e) {
      err.println(MESSAGES.get("error", e.getMessage()));
      return ExitCode.FILES;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      footer = {"", "Examples:", "  ./convenio history add examples/glosa-history", "  ./convenio history add --db equipe.mv.db lote-2025-03.xml"},
      description = {"Records files (or every .xml/.yaml/.yml/.json in folders), each in one transaction, recognised by"
          + " content: TISS loteGuias (3.05–4.03) or YAML/JSON accounts, demonstrativoAnaliseConta,"
          + " demonstrativoPagamento, recursoGlosa, respostaRecursoGlosa, and Convenio's priced results (JSON)."
          + " A file already recorded changes nothing.",
          "Exit codes (docs/commands.md): 0 all recorded or already there, 3 a file could not be read (the others"
              + " are recorded) or the history could not be opened."})
  static final class Add implements Callable<Integer> {
    @ParentCommand
    HistoryCommand parent;
    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER")
    List<Path> paths;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      return withStore(parent.db, err, store -> {
        int recorded = 0, already = 0, failed = 0;
        for (AddOutcome o : store.add(paths)) {
          switch (o.status()) {
            case RECORDED -> { recorded++; out.println(o); }
            case ALREADY_RECORDED -> { already++; out.println(o); }
            case FAILED -> { failed++; err.println(o); }
          }
          for (String w : o.warnings()) err.println(o.file() + ":" + w);
        }
        out.println(MESSAGES.get("history.added", recorded, already, failed, store.database().shown()));
        return failed == 0 ? ExitCode.OK : ExitCode.FILES;
      });
    }
  }

  @Command(name = "due", mixinStandardHelpOptions = true,
      footer = {"", "Examples:", "  ./convenio history due", "  ./convenio history due --today 2025-06-30",
          "  ./convenio history due --contract contracts/exemplo/exemplo.convenio"},
      description = {"Lists what must be appealed (glosas not appealed yet, by the demonstrativo's date plus the"
          + " recurso prazo) and what the operator must answer (by the recurso's date plus the answer prazo), soonest"
          + " first. Prazos are those the operators' contracts state (--contract: recurso in N days after"
          + " demonstrativo; ANS RN 503/2022 requires contracts to state them), overridden by those recorded for an"
          + " operator with `history prazo`; without one, 30 days are assumed and said so."})
  static final class DueCommand implements Callable<Integer> {
    @ParentCommand
    HistoryCommand parent;
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "count days from this date; default: today")
    LocalDate today;
    @Option(names = "--contract", paramLabel = "FILE",
        description = "a contract (source or compiled) whose recurso prazo clause applies to its operator; repeatable")
    List<Path> contracts = new java.util.ArrayList<>();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      java.util.Map<String, convenio.model.RecursoPrazo> stated = new java.util.HashMap<>();
      for (Path file : contracts) {
        convenio.api.Contract c = ContractLoading.load(file, err);
        if (c == null) return ExitCode.INPUT_ERRORS;
        if (c.recursoPrazo() == null) {
          err.println(MESSAGES.get("history.contract.no.prazo", file));
        } else {
          stated.put(c.operatorAns(), c.recursoPrazo());
        }
      }
      return withStore(parent.db, err, store -> {
        LocalDate t = today != null ? today : LocalDate.now();
        List<Due> due = store.due(t, stated);
        if (due.isEmpty()) out.println(MESSAGES.get("history.nothing.due"));
        for (Due d : due) {
          String what = MESSAGES.get(d.kind() == Due.Kind.APPEAL ? "history.due.appeal" : "history.due.answer");
          String left = d.overdue() ? MESSAGES.get("history.due.overdue", -d.daysLeft())
              : MESSAGES.get("history.due.left", d.daysLeft());
          out.println(MESSAGES.get("history.due.line", d.dueOn(), what, d.operator(), d.lote(), d.amount().format(),
              d.reference(), d.prazoDays(), d.prazoSource(), left));
        }
        return 0;
      });
    }
  }

  @Command(name = "prazo", mixinStandardHelpOptions = true,
      footer = {"", "Examples:", "  ./convenio history prazo --operator 111111 --recurso-days 30 --answer-days 30"},
      description = "Records the prazos the contract with an operator states: days to appeal after the demonstrativo,"
          + " and days for the operator to answer a recurso.")
  static final class Prazo implements Callable<Integer> {
    @ParentCommand
    HistoryCommand parent;
    @Option(names = "--operator", required = true, paramLabel = "ANS", description = "the operator's registroANS, or * for all")
    String operator;
    @Option(names = "--recurso-days", required = true, paramLabel = "N")
    int recursoDays;
    @Option(names = "--answer-days", required = true, paramLabel = "N")
    int answerDays;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      return withStore(parent.db, spec.commandLine().getErr(), store -> {
        store.prazo(operator, recursoDays, answerDays);
        spec.commandLine().getOut().println(MESSAGES.get("history.prazo.recorded", operator, recursoDays,
            answerDays));
        return 0;
      });
    }
  }

  @Command(name = "classify", mixinStandardHelpOptions = true,
      footer = {"", "Examples:", "  ./convenio history classify 1801 technical", "  ./convenio history classify --operator 111111 1705 administrative"},
      description = "Overrides the default class (administrative or technical, by the code's group) of a glosa code"
          + " (4 digits) or group (2 digits) for an operator's contract, or for all (*).")
  static final class Classify implements Callable<Integer> {
    @ParentCommand
    HistoryCommand parent;
    @Option(names = "--operator", defaultValue = "*", paramLabel = "ANS")
    String operator;
    @Parameters(index = "0", paramLabel = "CODE|GROUP")
    String code;
    @Parameters(index = "1", paramLabel = "CLASS", description = "administrative or technical")
    String glosaClass;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      GlosaGroup g = switch (glosaClass.toLowerCase()) {
        case "administrative", "administrativa", "admin" -> GlosaGroup.ADMINISTRATIVE;
        case "technical", "tecnica", "técnica" -> GlosaGroup.TECHNICAL;
        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            MESSAGES.get("history.class.unknown", glosaClass));
      };
      return withStore(parent.db, spec.commandLine().getErr(), store -> {
        store.classify(operator, code, g);
        spec.commandLine().getOut().println(MESSAGES.get("history.classified", code, operator,
            MESSAGES.get("glosa.class." + g.name().toLowerCase(java.util.Locale.ROOT))));
        return 0;
      });
    }
  }
}
