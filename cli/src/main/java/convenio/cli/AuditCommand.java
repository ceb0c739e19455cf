package convenio.cli;

import convenio.api.Contract;
import convenio.desk.Desk;
import convenio.desk.DeskException;
import convenio.desk.OperationScript;
import convenio.desk.Texts;
import convenio.history.HistoryException;
import convenio.model.PricingResult;
import convenio.report.ResultJson;
import convenio.report.ResultTable;
import convenio.tiss.AccountFiles;
import convenio.tiss.DemonstrativoWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convenio audit --contract C LOTE --script OPS}: the auditor's operations (docs/desk.md) applied to a lote
 * without a terminal. The whole script is tried first on a copy kept in memory: a line that is wrong or refused
 * names its file, line and column and nothing is applied or saved; otherwise every operation is applied (and saved
 * with the lote in the history when --db is given), the log and the totals printed, and the demonstrativo written.
 */
@Command(name = "audit", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Apply an audit script to a lote: glosa all, glosa N units or R$ X, edit or exclude a glosa,"
        + " revert (paying the table value), group glosa by percentage, split a daily rate, undo (docs/desk.md).",
        "With --db the lote and the decisions are kept in the history store, where convenio serve's desk finds them."},
    footer = {"", "Examples:",
        "  ./convenio audit \\",
        "      --contract contracts/hospital-sao-lucas/hospital-sao-lucas.convenio \\",
        "      contracts/hospital-sao-lucas/lotes/lote-2025-03.xml \\",
        "      --script examples/desk/auditoria-2025-03.txt --auditor ana",
        "  ./convenio audit -c C.convenio lote.xml --script ops.txt \\",
        "      --db glosas --out demonstrativo.xml",
        "", "Exit codes (docs/commands.md): 0 every operation applied; 1 the contract has errors, or a line of the"
        + " script is wrong or refused (nothing applied); 2 usage error; 3 a file cannot be read or written."})
final class AuditCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin
  ContractOption contract;

  @Parameters(paramLabel = "LOTE", description = "the TISS .xml lote or .yaml/.json account")
  Path lote;

  @Option(names = "--script", required = true, paramLabel = "FILE",
      description = "the operations, one a line (docs/desk.md); - reads standard input")
  String script;

  @Option(names = "--auditor", paramLabel = "NAME", description = "who decides (default: the user's login name)")
  String auditor;

  @Option(names = "--db", paramLabel = "DB",
      description = "keep the lote and the decisions in this history (file, or postgresql://…); default: nothing kept")
  String db;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default: the log and the totals) or json (the audited account, docs/result.schema.json)")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the TISS demonstrativo (XML) here")
  Path out;

  @Option(names = "--operator-cnpj", paramLabel = "CNPJ", description = "the operator's CNPJ in the XML header")
  String operatorCnpj;

  @Option(names = "--operator-name", paramLabel = "NAME", description = "the operator's name in the XML header")
  String operatorName;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String who = auditor != null ? auditor : System.getProperty("user.name", "auditor");
    String text;
    String name = script.equals("-") ? "<stdin>" : script;
    try {
      text = script.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(script), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(name + ": " + Texts.M.get("audit.unreadable", e.getMessage()));
      return ExitCode.FILES;
    }
    Contract c = contract.load(err);
    if (c == null) return ExitCode.INPUT_ERRORS;
    if (out != null && operatorCnpj == null && c.operatorCnpj() == null) {
      err.println(Texts.M.get("audit.cnpj"));
      return ExitCode.USAGE;
    }
    AccountFiles.Loaded loaded = AccountPricing.load(lote, err, true);
    if (loaded.account() == null) return ExitCode.FILES;
    Desk.Pricer pricer = account -> {
      try {
        return c.price(account);
      } catch (RuntimeException e) {
        throw new DeskException("no-contract", Texts.M.get("audit.noContract.why", e.getMessage()));
      }
    };
    List<OperationScript.Line> lines;
    try {
      lines = OperationScript.parse(name, text);
    } catch (DeskException e) {
      err.println(e.getMessage());
      return ExitCode.INPUT_ERRORS;
    }
    // Tried first in memory: a refused line leaves the history as it was.
    try (Desk trial = Desk.open(null, pricer)) {
      long id = trial.add(loaded.account()).view().id();
      for (OperationScript.Line l : lines) {
        try {
          trial.apply(id, l.operation(), who, null);
        } catch (DeskException e) {
          err.println(name + ":" + l.number() + ": " + e.getMessage());
          err.println(Texts.M.get("audit.nothingApplied"));
          return ExitCode.INPUT_ERRORS;
        }
      }
    } catch (HistoryException e) {
      err.println(e.getMessage());
      return ExitCode.FILES;
    }
    Desk.View done;
    try (Desk desk = Desk.open(db, pricer)) {
      Desk.Added added = desk.add(loaded.account());
      long id = added.view().id();
      for (OperationScript.Line l : lines) desk.apply(id, l.operation(), who, null);
      done = desk.view(id);
      if (db != null) err.println(Texts.M.get(added.created() ? "audit.kept" : "audit.keptAgain", id, db));
    } catch (DeskException | HistoryException e) {
      err.println(e.getMessage());
      return ExitCode.FILES;
    }
    PricingResult r = done.result();
    if (format == Format.json) {
      stdout.print(ResultJson.json(r, false));
    } else {
      for (Desk.Entry e : done.log()) {
        if (e.n() > done.log().size() - lines.size()) {
          stdout.println("#" + e.n() + " " + e.summary() + (e.undone() ? " " + Texts.M.get("audit.undone") : ""));
        }
      }
      stdout.println(ResultTable.totals(r.totals()));
    }
    stdout.flush();
    if (out != null) {
      try {
        Files.write(out, DemonstrativoWriter.write(r, PriceCommand.header(c, r, operatorName, operatorCnpj, null)));
      } catch (IOException | RuntimeException e) {
        err.println(out + ": " + Texts.M.get("audit.cannotWrite", e.getMessage()));
        return ExitCode.FILES;
      }
    }
    return ExitCode.OK;
  }
}
