package convenio.stdlib;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.api.Convenio;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Provider;
import convenio.syntax.ContractFile;
import convenio.syntax.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the stdlib tests share: a contract header to put in front of a few rules, compiling it (failing the test on
 * any error), small accounts built from the model records, and reading a std module as the loader does.
 */
final class StdlibFixtures {
  static final String OPERATOR = "999999";
  static final String CNPJ = "12.345.678/0001-90";
  static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

  private StdlibFixtures() {}

  static String header() {
    return """
        contract "stdlib test" version 1
          operator ans "999999"
          provider cnpj "12.345.678/0001-90"
          effective 2025-01-01 .. 2025-12-31
          rounding half_up to cents per item
        """;
  }

  static Contract compile(String body) {
    Compilation c = Convenio.compile("stdlib-test.convenio", header() + body);
    List<Diagnostic> errors = c.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty() || !c.ok()) {
      fail("the test contract does not compile:\n" + errors.stream().map(Diagnostic::toString)
          .collect(Collectors.joining("\n")));
    }
    return c.contract();
  }

  static Item item(int seq, ItemKind kind, String table, String code, int qty, String unitValue, String route,
      String degree) {
    Money unit = Money.parse(unitValue);
    return new Item(seq, kind, table, code, null, BigDecimal.valueOf(qty), null, WEDNESDAY, LocalTime.of(10, 0), null,
        route, null, null, unit, unit.times(qty), degree, List.of());
  }

  static Guide guide(String number, GuideType type, String billingType, String dischargeReason, List<Item> items) {
    return new Guide(number, null, null, type, new Beneficiary("0000000000001", null, null, false), null, "1", "31",
        billingType, dischargeReason, "SENHA-1", WEDNESDAY, WEDNESDAY, null, null, null, null, items);
  }

  static PricingResult price(Contract contract, Guide... guides) {
    return contract.price(Account.of(OPERATOR, new Provider(null, CNPJ, null, null, null), List.of(guides)));
  }

  static ItemResult only(PricingResult r) {
    assertTrue(r.guides().size() == 1 && r.guides().get(0).items().size() == 1, "one guide with one item expected");
    return r.guides().get(0).items().get(0);
  }

  static ItemResult bySeq(GuideResult g, int seq) {
    return g.item(seq);
  }

  /** The module's text exactly as {@code import std.x.y} reads it: from the classpath. */
  static String moduleText(String module) {
    String resource = module.replace('.', '/') + ".convenio";
    try (InputStream in = StdlibFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new AssertionError("no module " + module + " on the classpath (" + resource + ")");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static ContractFile parseModule(String module) {
    SourceParser.Result r = SourceParser.parse(module, moduleText(module));
    assertTrue(r.diagnostics().isEmpty(), module + " does not parse: " + r.diagnostics());
    return r.file();
  }

  /** A file of stdlib/src/main/data (the copies the generator and these tests read). */
  static List<String> dataLines(String name) {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("stdlib")) ? here : here.getParent();
    try {
      return Files.readAllLines(root.resolve("stdlib/src/main/data").resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read stdlib/src/main/data/" + name, e);
    }
  }
}
