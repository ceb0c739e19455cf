package convenio.cli;

import convenio.api.Contract;
import convenio.tiss.AccountFiles;
import convenio.model.PricingResult;
import convenio.model.Totals;
import convenio.report.ResultTable;
import convenio.report.ResultTree;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import convenio.tiss.ReadOptions;
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
        + " demonstrativo: a table for the terminal, JSON, YAML or TISS XML (demonstrativoAnaliseConta 4.03.00).",
        "A folder is priced file by file with progress on stderr and ends with the totals and the glosa rate;"
            + " a file that cannot be read is reported and the others are still priced."},
    footer = {"", "Examples:",
        "  convenio price --contract contracts/hospital-sao-lucas/hospital-sao-lucas.convenio lote.xml",
        "  convenio price --contract C.convenio conta.yaml --format json --trace",
        "  convenio price --contract C.cvc lotes/ --format xml --out demonstrativos/ --operator-cnpj 12345678000199",
        "  convenio price --contract C.convenio lote-3.05.xml --validate",
        "", "Exit codes: 0 every file priced; 1 the contract has errors (nothing priced); 2 usage error;"
        + " 3 some files could not be read, priced or written (the others were)."})
final class PriceCommand implements Callable<Integer> {
  enum Format { table, json, yaml, xml }

  @Mixin
  ContractOption contract;

  @Parameters(arity = "1..*", paramLabel = "ACCOUNT", description = "TISS .xml lotes, .yaml/.json accounts, or folders")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table (default), json, yaml or xml")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "write to this file instead of stdout; with several accounts, a folder (one file each)")
  Path out;

  @Option(names = "--trace", description = "include each item's trace in json/yaml")
  boolean trace;

  @Option(names = "--operator-cnpj", paramLabel = "CNPJ", description = "the operator's CNPJ, required by --format xml")
  String operatorCnpj;

  @Option(names = "--operator-name", paramLabel = "NAME", description = "the operator's name in the XML header")
  String operatorName;

  @Option(names = "--protocol", paramLabel = "N", description = "protocol number in the XML (default: the lote number)")
  String protocol;

  @Option(names = {"-q", "--quiet"}, description = "no progress lines")
  boolean quiet;

  @Option(names = "--validate", description = "validate each TISS lote against the schema of its own Padrao"
      + " (3.05.00 to 4.03.00); schema errors are reported with line and column and the lote is still priced")
  boolean validate;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.xml && operatorCnpj == null) {
      throw new ParameterException(spec.commandLine(),
          "--format xml needs --operator-cnpj: the demonstrativo names the operator by its CNPJ");
    }
    List<String> missing = new ArrayList<>();
    List<Path> files = LoteFiles.expand(inputs, missing);
    boolean many = files.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
    if (many && out == null && format == Format.xml) {
      throw new ParameterException(spec.commandLine(),
          "several accounts as XML need --out FOLDER (one demonstrativo per lote)");
    }
    Contract c = contract.load(err);
    if (c == null) return 1;

    int failed = missing.size();
    for (String m : missing) err.println(m);
    Path outDir = many && out != null ? out : (out != null && Files.isDirectory(out) ? out : null);
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        err.println(outDir + ": cannot create the folder: " + e.getMessage());
        return 3;
      }
    }
    int written = 0;
    Totals total = Totals.ZERO;
    int priced = 0;
    int n = 0;
    for (Path f : files) {
      n++;
      AccountFiles.Loaded loaded = AccountPricing.load(f, err, !quiet || validate, // warnings: "file:line:col: …"
          ReadOptions.DEFAULTS.withValidation(validate));
      if (!loaded.errors().isEmpty()) failed++;
      if (loaded.account() == null) continue;
      PricingResult result = AccountPricing.price(c, loaded, err);
      if (result == null) {
        if (loaded.errors().isEmpty()) failed++;
        continue;
      }
      byte[] bytes;
      try {
        bytes = render(result);
      } catch (RuntimeException e) {
        // The TISS writer refuses data the schema would reject (e.g. an operator-specific glosa code).
        err.println(f + ": cannot write the demonstrativo: " + e.getMessage());
        if (loaded.errors().isEmpty()) failed++;
        continue;
      }
      priced++;
      total = total.plus(result.totals());
      if (many && !quiet) {
        err.println("[" + n + "/" + files.size() + "] " + f + ": " + result.guides().size() + " guides · "
            + ResultTable.totals(result.totals()));
      }
      if (outDir != null || out != null) {
        Path target = outDir != null ? outDir.resolve(LoteFiles.baseName(f) + extension()) : out;
        try {
          Files.write(target, bytes);
        } catch (IOException e) {
          err.println(target + ": cannot write: " + e.getMessage());
          failed++;
        }
      } else {
        printStdout(stdout, bytes, many, written++);
      }
    }
    if (format == Format.json && many && out == null) stdout.println(written == 0 ? "[]" : "\n]");
    if (many) {
      PrintWriter summary = format == Format.table && out == null ? stdout : err;
      summary.println((format == Format.table && out == null ? "\n" : "") + priced + " of " + (files.size()
          + missing.size()) + " files priced" + (failed > 0 ? ", " + failed + " with problems" : "") + " · "
          + ResultTable.totals(total));
    }
    stdout.flush();
    err.flush();
    return failed > 0 ? 3 : 0;
  }

  /** Streams each result as it is priced; several JSON results form one array, several YAML ones documents. */
  private void printStdout(PrintWriter stdout, byte[] bytes, boolean many, int index) {
    if (format == Format.xml) {
      // The demonstrativo is written in the encoding its XML declaration names: bytes, not text.
      stdout.flush();
      System.out.write(bytes, 0, bytes.length);
      System.out.flush();
      return;
    }
    String doc = new String(bytes, StandardCharsets.UTF_8);
    switch (format) {
      case json -> {
        if (!many) {
          stdout.print(doc);
        } else {
          stdout.print(index == 0 ? "[\n" : ",\n");
          stdout.print(doc.stripTrailing());
        }
      }
      case yaml -> {
        if (many) stdout.println("---");
        stdout.print(doc);
      }
      default -> {
        if (index > 0) stdout.println();
        stdout.print(doc);
      }
    }
    stdout.flush();
  }

  private byte[] render(PricingResult r) {
    return switch (format) {
      case table -> ResultTable.render(r).getBytes(StandardCharsets.UTF_8);
      case json -> ResultTree.json(r, trace).getBytes(StandardCharsets.UTF_8);
      case yaml -> ResultTree.yaml(r, trace).getBytes(StandardCharsets.UTF_8);
      case xml -> DemonstrativoWriter.write(r, header(r));
    };
  }

  private DemonstrativoHeader header(PricingResult r) {
    String ans = r.account().operatorAns() != null ? r.account().operatorAns() : "";
    String lote = r.account().loteNumber() != null ? r.account().loteNumber() : "1";
    LocalDate today = LocalDate.now();
    return new DemonstrativoHeader(ans, operatorName != null ? operatorName : "Operadora ANS " + ans, operatorCnpj,
        lote, today, null, protocol != null ? protocol : lote,
        r.account().sentOn() != null ? r.account().sentOn() : today, null, null);
  }

  private String extension() {
    return switch (format) {
      case table -> ".txt";
      case json -> ".json";
      case yaml -> ".yaml";
      case xml -> ".demonstrativo.xml";
    };
  }
}
