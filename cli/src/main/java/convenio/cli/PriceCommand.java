package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Contract;
import convenio.tiss.AccountFiles;
import convenio.model.PricingResult;
import convenio.model.Totals;
import convenio.report.ResultTable;
import convenio.report.ResultCsv;
import convenio.report.Plural;
import convenio.report.ResultJson;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import convenio.tiss.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convenio price --contract C LOTE...}: prices accounts and writes the demonstrativo. */
@Command(name = "price", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Price TISS lotes (or YAML/JSON accounts) with a contract, item by item, and write the"
        + " demonstrativo: a table for the terminal, JSON, YAML, NDJSON or CSV (docs/result.schema.json), or TISS"
        + " XML (demonstrativoAnaliseConta 4.03.00).",
        "A folder is priced file by file with progress on stderr and ends with the totals and the glosa rate;"
            + " a file that cannot be read is reported and the others are still priced."},
    footer = {"", "Examples:",
        "  ./convenio price \\",
        "      --contract contracts/hospital-sao-lucas/hospital-sao-lucas.convenio \\",
        "      contracts/hospital-sao-lucas/lotes/lote-2025-03.xml",
        "  ./convenio price --contract C.convenio conta.yaml --format json --trace",
        "  ./convenio price --contract C.cvc lotes/ --format csv --out itens.csv",
        "  ./convenio price --contract C.cvc lotes/ --format xml --out demonstrativos/",
        "  ./convenio price --contract C.convenio lote-3.05.xml --validate --strict",
        "", "Exit codes (docs/commands.md): 0 every file priced; 1 the contract has errors (nothing priced);"
        + " 2 usage error; 3 some files could not be read, priced or written (the others were)."})
final class PriceCommand implements Callable<Integer> {
  enum Format { table, json, yaml, ndjson, csv, xml }

  @Mixin
  ContractOption contract;

  @Parameters(arity = "1..*", paramLabel = "ACCOUNT", description = "TISS .xml lotes, .yaml/.json accounts, or folders")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table (default), json, yaml, ndjson, csv or xml")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "write to this file instead of stdout (the whole batch); a folder (an existing one, or with"
          + " several accounts a name without the format's extension, e.g. out/): one file per account")
  Path out;

  @Option(names = "--trace", description = "include each item's trace in json/yaml/ndjson")
  boolean trace;

  @Option(names = "--operator-cnpj", paramLabel = "CNPJ",
      description = "the operator's CNPJ in the XML header (default: the contract's operator ... cnpj)")
  String operatorCnpj;

  @Option(names = "--operator-name", paramLabel = "NAME",
      description = "the operator's name in the XML header (default: the contract's operator ... name)")
  String operatorName;

  @Option(names = "--protocol", paramLabel = "N", description = "protocol number in the XML (default: the lote number)")
  String protocol;

  @Option(names = {"-q", "--quiet"}, description = "no progress lines")
  boolean quiet;

  @Option(names = "--validate", description = "validate each TISS lote against the schema of its own Padrao"
      + " (3.05.00 to 4.03.00); schema errors are reported with line and column and the lote is still priced")
  boolean validate;

  @Option(names = "--strict", description = "with --validate: a lote with schema errors counts as a problem (exit 3)")
  boolean strict;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (strict && !validate) {
      throw new ParameterException(spec.commandLine(), MESSAGES.get("price.strict.alone"));
    }
    List<String> missing = new ArrayList<>();
    List<Path> files = LoteFiles.expand(inputs, missing);
    boolean many = files.size() + missing.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
    // --out names a folder when it is one, or when several accounts go to a name without this format's extension
    // (lotes/ → one file per account); a file otherwise (itens.csv holds the whole batch).
    Path outDir = out != null && (Files.isDirectory(out) || (many && (format == Format.xml
        || !out.getFileName().toString().endsWith(extension())))) ? out : null;
    if (many && out == null && format == Format.xml) {
      throw new ParameterException(spec.commandLine(),
          MESSAGES.get("price.xml.many"));
    }
    Contract c = contract.load(err);
    if (c == null) return ExitCode.INPUT_ERRORS;
    if (format == Format.xml && operatorCnpj == null && c.operatorCnpj() == null) {
      throw new ParameterException(spec.commandLine(), MESSAGES.get("price.xml.cnpj"));
    }

    int failed = missing.size();
    for (String m : missing) err.println(m);
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        err.println(MESSAGES.get("folder.uncreatable", outDir, e.getMessage()));
        return ExitCode.FILES;
      }
    }
    Batch batch = new Batch(format, trace);
    ByteArrayOutputStream single = new ByteArrayOutputStream(); // --out FILE: the whole batch, written at the end
    boolean toStdout = out == null;
    if (format != Format.xml) emit(toStdout ? null : single, stdout, batch.begin());
    Totals total = Totals.ZERO;
    int priced = 0;
    int n = 0;
    for (Path f : files) {
      n++;
      AccountFiles.Loaded loaded = AccountPricing.load(f, err, !quiet || validate, // warnings: "file:line:col: …"
          ReadOptions.DEFAULTS.withValidation(validate));
      boolean problem = !loaded.errors().isEmpty() || (strict && !loaded.warnings().isEmpty());
      if (problem) failed++;
      if (loaded.account() == null) continue;
      PricingResult result = AccountPricing.price(c, loaded, err);
      if (result == null) {
        if (!problem) failed++;
        continue;
      }
      byte[] bytes;
      try {
        if (format == Format.xml) {
          bytes = DemonstrativoWriter.write(result, header(c, result, operatorName, operatorCnpj, protocol));
        } else if (outDir != null) {
          // A file per account: each is a whole batch of one (an array, a sequence, a header and its rows).
          Batch one = new Batch(format, trace);
          bytes = (one.begin() + one.account(f.toString(), result) + one.end()).getBytes(StandardCharsets.UTF_8);
        } else {
          bytes = batch.account(f.toString(), result).getBytes(StandardCharsets.UTF_8);
        }
      } catch (RuntimeException e) {
        // The TISS writer refuses data the schema would reject (e.g. an operator-specific glosa code).
        err.println(MESSAGES.get("price.xml.unwritable", f, e.getMessage()));
        if (!problem) failed++;
        continue;
      }
      priced++;
      total = total.plus(result.totals());
      if (many && !quiet) {
        err.println(MESSAGES.get("price.progress", n, files.size(), f, Plural.of(result.guides().size(), "guide"),
            ResultTable.totals(result.totals())));
      }
      if (outDir != null) {
        Path target = outDir.resolve(LoteFiles.baseName(f) + extension());
        if (!write(target, bytes, err)) failed++;
      } else if (format == Format.xml) {
        if (out != null) {
          if (!write(out, bytes, err)) failed++;
        } else {
          // The demonstrativo is written in the encoding its XML declaration names: bytes, not text.
          stdout.flush();
          System.out.write(bytes, 0, bytes.length);
          System.out.flush();
        }
      } else {
        emit(toStdout ? null : single, stdout, new String(bytes, StandardCharsets.UTF_8));
      }
    }
    if (format != Format.xml && outDir == null) {
      emit(toStdout ? null : single, stdout, batch.end());
      if (!toStdout && !write(out, single.toByteArray(), err)) failed++;
    }
    if (many) {
      PrintWriter summary = format == Format.table && out == null ? stdout : err;
      summary.println((format == Format.table && out == null ? "\n" : "") + MESSAGES.get("price.summary", priced,
          files.size() + missing.size(), failed > 0 ? MESSAGES.get("price.summary.problems", failed) : "",
          ResultTable.totals(total)));
    }
    stdout.flush();
    err.flush();
    return failed > 0 ? ExitCode.FILES : ExitCode.OK;
  }

  private static void emit(ByteArrayOutputStream buffer, PrintWriter stdout, String text) {
    if (text.isEmpty()) return;
    if (buffer != null) {
      buffer.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    } else {
      stdout.print(text);
      stdout.flush();
    }
  }

  /** Written with the permissions the user's umask gives a new file (0644 under the usual 022). */
  private static boolean write(Path target, byte[] bytes, PrintWriter err) {
    try {
      Files.write(target, bytes);
      return true;
    } catch (IOException e) {
      err.println(MESSAGES.get("file.unwritable", target, e.getMessage()));
      return false;
    }
  }

  /**
   * How a batch of accounts is laid out, whatever their number: a JSON array, a YAML sequence, one JSON account per
   * line (NDJSON), CSV rows under one header, or tables one after another.
   */
  static final class Batch {
    private final Format format;
    private final boolean trace;
    private int count;

    Batch(Format format, boolean trace) {
      this.format = format;
      this.trace = trace;
    }

    String begin() {
      return switch (format) {
        case json -> "[";
        case csv -> ResultCsv.header();
        default -> "";
      };
    }

    String account(String file, PricingResult r) {
      int index = count++;
      return switch (format) {
        case table -> (index > 0 ? "\n" : "") + ResultTable.render(r);
        case json -> (index > 0 ? "," : "") + "\n" + ResultJson.json(r, trace).stripTrailing();
        case yaml -> ResultJson.yamlItem(r, trace);
        case ndjson -> ResultJson.line(r, trace);
        case csv -> ResultCsv.rows(file, r);
        case xml -> throw new IllegalStateException("XML is one demonstrativo per lote, not a batch");
      };
    }

    String end() {
      return switch (format) {
        case json -> count == 0 ? "]\n" : "\n]\n";
        case yaml -> count == 0 ? "[]\n" : "";
        default -> "";
      };
    }
  }

  /**
   * A demonstrativo's header: the operator named by the flags, else by the contract's header
   * ({@code operator ans … name … cnpj …}); the protocol given, else the lote's number (price and audit share it).
   */
  static DemonstrativoHeader header(Contract c, PricingResult r, String operatorName, String operatorCnpj,
      String protocol) {
    String ans = r.account().operatorAns() != null ? r.account().operatorAns()
        : c.operatorAns() != null ? c.operatorAns() : "";
    String lote = r.account().loteNumber() != null ? r.account().loteNumber() : "1";
    String name = operatorName != null ? operatorName
        : c.operatorName() != null ? c.operatorName() : "Operadora ANS " + ans;
    String cnpj = (operatorCnpj != null ? operatorCnpj : c.operatorCnpj()).replaceAll("[^0-9]", "");
    LocalDate today = LocalDate.now();
    return new DemonstrativoHeader(ans, name, cnpj, lote, today, null, protocol != null ? protocol : lote,
        r.account().sentOn() != null ? r.account().sentOn() : today, null, null);
  }

  private String extension() {
    return switch (format) {
      case table -> ".txt";
      case json -> ".json";
      case yaml -> ".yaml";
      case ndjson -> ".ndjson";
      case csv -> ".csv";
      case xml -> ".demonstrativo.xml";
    };
  }
}
