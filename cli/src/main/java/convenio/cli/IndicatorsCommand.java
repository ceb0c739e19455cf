package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.history.Dimension;
import convenio.history.HtmlReport;
import convenio.history.IndicatorQuery;
import convenio.history.Indicators;
import convenio.history.IndicatorsCsv;
import convenio.history.IndicatorsJson;
import convenio.history.IndicatorsTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convenio indicators}: the glosa indicators of the history, as a table, CSV, JSON or an HTML report. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"The glosa indicators of the history: presented, glosed, glosa rate against the target, appealed,"
        + " recovered, recovery rate, not appealed, initial vs final glosa, average days to answer, the Pareto of"
        + " codes; across operators both the pooled rate and the mean of the per-operator rates."},
    footer = {"", "Examples:", "  ./convenio indicators --by operator,month",
        "  ./convenio indicators --from 2026-01 --to 2026-06 --by operator,code \\",
        "      --format csv -o glosas.csv",
        "  ./convenio indicators --format html -o relatorio.html",
        "", "Dimensions: operator, provider, month (competência), guide-type, item-kind, code, group, class."})
final class IndicatorsCommand implements Callable<Integer> {
  enum Format { table, csv, json, html }

  @Option(names = "--db", paramLabel = "DB",
      description = "the history: a file (H2; default ~/.convenio/history.mv.db) or postgresql://user:password@host:port/db")
  String db;
  @Option(names = "--from", paramLabel = "YYYY-MM", description = "first competência")
  YearMonth from;
  @Option(names = "--to", paramLabel = "YYYY-MM", description = "last competência")
  YearMonth to;
  @Option(names = "--by", split = ",", paramLabel = "DIM", description = "break down by (default: operator,month)")
  List<String> by;
  @Option(names = "--target", paramLabel = "PERCENT", description = "the glosa-rate target in percent (default 2)")
  BigDecimal target;
  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table (default), csv, json or html")
  Format format;
  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write to this file instead of the terminal")
  Path out;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<Dimension> dims = new ArrayList<>();
    try {
      for (String d : by == null ? List.of("operator", "month") : by) dims.add(Dimension.parse(d));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    IndicatorQuery q;
    try {
      q = new IndicatorQuery(from, to, dims, target);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return HistoryCommand.withStore(db, err, store -> {
      Indicators i = store.indicators(q);
      String text = switch (format) {
        case table -> IndicatorsTable.write(i);
        case csv -> IndicatorsCsv.write(i);
        case json -> IndicatorsJson.write(i);
        case html -> HtmlReport.write(i);
      };
      if (out == null) {
        stdout.print(text);
        return 0;
      }
      try {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(MESSAGES.get("indicators.unwritable", out, e.getMessage()));
        return ExitCode.FILES;
      }
      stdout.println(MESSAGES.get("indicators.written", out));
      return 0;
    });
  }
}
