package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.i18n.Lang;
import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The YAML/JSON form of an account, including the documented example in docs/account-format.md. */
class AccountYamlTest {

  @ParameterizedTest
  @ValueSource(strings = {"samples/v4.02-lote-sadt-14-guias.xml", "samples/v3.05-resumo-internacao-2.xml",
      "synthetic/internacao-4.03.xml", "synthetic/honorarios-4.03.xml", "synthetic/consulta-3.05.xml"})
  void everyAccountReadFromTissSurvivesYamlAndJson(String message) {
    Account a = new TissReader().read(TestFiles.resource(message)).account();
    assertEquals(a, AccountYaml.readYaml(AccountYaml.writeYaml(a)));
    assertEquals(a, AccountYaml.readYaml(AccountYaml.writeYaml(a, AccountYaml.MoneyStyle.PLAIN)));
    assertEquals(a, AccountYaml.readJson(AccountYaml.writeJson(a)));
    assertEquals(a, AccountYaml.readJson(AccountYaml.writeJson(a, AccountYaml.MoneyStyle.PLAIN)));
  }

  @Test
  void theDocumentedExampleReadsAsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "account-format.md"));
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    Account a = AccountYaml.readYaml(doc.substring(start, doc.indexOf("```", start)));
    assertEquals("639", a.loteNumber());
    assertEquals("97498504", a.provider().codeAtOperator());
    Guide sadt = a.guide("1046294");
    assertEquals(GuideType.SP_SADT, sadt.type());
    assertEquals(Money.of("60.72"), sadt.presentedTotal());
    Item first = sadt.item(1);
    assertEquals(ItemKind.PROCEDURE, first.kind());
    assertEquals(LocalTime.of(16, 30), first.startTime());
    assertEquals("12", first.team().get(0).degree());
    assertEquals(List.of(1, 2), sadt.items().stream().map(Item::seq).toList(), "position when seq is left out");
    Item second = sadt.item(2);
    assertEquals(Money.of("30.36"), second.totalValue(), "unitValue × quantity when totalValue is left out");
    assertEquals(0, BigDecimal.ONE.compareTo(second.authorizedQuantity()), "the authorized quantity as written");
    assertNull(first.authorizedQuantity(), "left out: unknown, as in every TISS billing guide");
    Guide stay = a.guide("R-1");
    assertEquals(ItemKind.DAILY_RATE, stay.item(1).kind());
    assertEquals("036", stay.item(1).unit());
    assertEquals(Money.of("700.00"), stay.item(1).totalValue());
    assertEquals(Money.of("2500.00"), stay.item(2).totalValue());
    String json = doc.substring(doc.indexOf("`{\"loteNumber\"") + 1, doc.indexOf("}]}]}`") + 5);
    assertEquals(Money.of("30.36"), AccountYaml.readJson(json).guides().get(0).items().get(0).totalValue());
  }

  @Test
  void moneyIsExactInBothNotations() {
    String yaml = "guides:\n- number: '1'\n  type: sp_sadt\n  items:\n  - {kind: fee, table: '18', code: X, quantity: 3, "
        + "unitValue: 'R$ 1.234,56', totalValue: 3703.68}\n";
    Item i = AccountYaml.readYaml(yaml).guide("1").item(1);
    assertEquals(Money.ofCents(123456), i.unitValue());
    assertEquals(Money.ofCents(370368), i.totalValue());
    assertEquals(Money.ofCents(10), AccountYaml.readYaml(yaml.replace("quantity: 3, unitValue: 'R$ 1.234,56', "
        + "totalValue: 3703.68", "totalValue: 0.1")).guide("1").item(1).totalValue(),
        "0.1 is ten cents exactly, not a double");
  }

  @Test
  void theAuthorizedQuantityIsReadWrittenAndANegativeOneIsAMistake() {
    Account a = AccountYaml.readYaml("guides:\n- number: '1'\n  type: sp_sadt\n  items:\n"
        + "  - {code: '20103000', quantity: 5, authorized_quantity: 2, unitValue: 40.00}\n"
        + "  - {code: '20103000', quantity: 1, authorizedQuantity: 0, unitValue: 40.00}\n");
    assertEquals(0, new BigDecimal("2").compareTo(a.guide("1").item(1).authorizedQuantity()));
    assertEquals(0, BigDecimal.ZERO.compareTo(a.guide("1").item(2).authorizedQuantity()), "0: nothing authorized");
    Account again = AccountYaml.readYaml(AccountYaml.writeYaml(a));
    assertEquals(0, new BigDecimal("2").compareTo(again.guide("1").item(1).authorizedQuantity()));
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> AccountYaml.readYaml(
        "guides:\n- number: '1'\n  type: sp_sadt\n  items:\n"
            + "  - {code: X, quantity: 1, authorizedQuantity: -1, unitValue: 1.00}\n"));
    assertTrue(negative.getMessage().startsWith("5:"), negative.getMessage());
    assertTrue(negative.getMessage().contains("guides[0].items[0].authorizedQuantity: authorized quantity -1 is"
        + " negative"), negative.getMessage());
  }

  @Test
  void fractionsOfACentAndUnknownKeysAreErrorsWithTheirPlace() {
    IllegalArgumentException money = assertThrows(IllegalArgumentException.class, () -> AccountYaml.readYaml(
        "guides:\n- number: '1'\n  type: sp_sadt\n  items:\n  - {kind: fee, code: X, quantity: 1, unitValue: 1.234}\n"));
    assertTrue(money.getMessage().startsWith("5:"), money.getMessage());
    assertTrue(money.getMessage().contains("guides[0].items[0].unitValue: "), money.getMessage());
    assertTrue(money.getMessage().contains("not a money value"), money.getMessage());
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
        () -> AccountYaml.readYaml("loteNumber: '1'\nguides:\n- numbr: '1'\n"));
    assertTrue(key.getMessage().matches("\\d+:\\d+: .*"), key.getMessage());
    assertTrue(key.getMessage().startsWith("3:3: unknown key 'numbr' in a guide (guides[0]): did you mean number?"),
        key.getMessage());
  }

  @Test
  void aPortugueseReaderGetsTheErrorsInPortugueseWithTheSamePlaceAndKeys() {
    IllegalArgumentException money = assertThrows(IllegalArgumentException.class, () -> Lang.with(Lang.PT,
        () -> AccountYaml.readYaml("guides:\n- number: '1'\n  type: sp_sadt\n  items:\n"
            + "  - {kind: fee, code: X, quantity: 1, unitValue: 10.0051}\n")));
    assertTrue(money.getMessage().startsWith("5:"), money.getMessage());
    assertTrue(money.getMessage().endsWith("guides[0].items[0].unitValue: '10.0051' tem frações de centavo (valor em"
        + " reais é exato: no máximo 2 casas decimais)"), money.getMessage());
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> Lang.with(Lang.PT,
        () -> AccountYaml.readYaml("guides:\n- number: '1'\n  type: consultas\n")));
    assertTrue(type.getMessage().endsWith("guides[0].type: 'consultas' não é um tipo de guia (consulta, sp_sadt,"
        + " resumo_internacao, honorarios)"), type.getMessage());
  }

  @Test
  void filesAreReadByTheirExtensionAndErrorsNameTheFile() throws IOException {
    Path dir = Files.createTempDirectory("account-yaml");
    Account a = new TissReader().read(TestFiles.synthetic("consulta-4.03.xml")).account();
    AccountYaml.write(a, dir.resolve("a.json"), AccountYaml.MoneyStyle.PLAIN);
    AccountYaml.write(a, dir.resolve("a.yaml"), AccountYaml.MoneyStyle.BRAZILIAN);
    assertTrue(Files.readString(dir.resolve("a.json")).contains("\"totalValue\" : 180.00"));
    assertTrue(Files.readString(dir.resolve("a.yaml")).contains("totalValue: \"R$ 180,00\""));
    assertEquals(a, AccountYaml.read(dir.resolve("a.json")));
    assertEquals(a, AccountYaml.read(dir.resolve("a.yaml")));
    Files.writeString(dir.resolve("bad.yaml"), "guides: [ {number: 1, typo: 2} ]\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AccountYaml.read(dir.resolve("bad.yaml")));
    assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml") + ":1:"), e.getMessage());
  }

  @Test
  void snakeCaseAndCamelCaseBothRead() {
    String snake = """
        operator_ans: "999999"
        provider: { cnpj: "12.345.678/0001-90" }
        guides:
          - number: "G-1"
            type: sp_sadt
            beneficiary: { card_number: "0001" }
            items:
              - seq: 1
                kind: daily_rate
                table: "18"
                code: "60000775"
                quantity: 2
                unit_value: R$ 1.480,25
                date: 2025-03-10
        """;
    Account a = AccountYaml.readYaml(snake);
    Item i = a.guide("G-1").item(1);
    assertEquals(GuideType.SP_SADT, a.guide("G-1").type());
    assertEquals("0001", a.guide("G-1").beneficiary().cardNumber());
    assertEquals(ItemKind.DAILY_RATE, i.kind());
    assertEquals(Money.parse("2.960,50"), i.totalValue()); // 2 × 1.480,25
    assertEquals(LocalDate.of(2025, 3, 10), i.date());

    String camel = snake.replace("operator_ans", "operatorAns").replace("card_number", "cardNumber")
        .replace("unit_value", "unitValue");
    assertEquals(a, AccountYaml.readYaml(camel));
    assertEquals(a, AccountYaml.readJson(AccountYaml.writeJson(a)));
  }

  @Test
  void mistakesInAnAccountWrittenInsideAnotherFileAreReportedAtTheirLineInThatFile() {
    String text = """
        guides:
          - number: "G-1"
            type: sp_sadt
            items:
              - { seq: 1, code: "10101012", unit_valeu: "R$ 10,00" }
              - { seq: 2, code: "10101012", unit_value: "dez reais" }
        """;
    AccountYaml.Read r = AccountYaml.parseYaml(text, Path.of("case.yaml"), 11);
    assertNull(r.account());
    assertEquals(3, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).startsWith("case.yaml:15:37: unknown key 'unit_valeu' in an item"
        + " (guides[0].items[0]): did you mean unit_value?"), r.problems().toString());
    assertTrue(r.problems().get(1).contains("neither 'unitValue:' nor 'totalValue:'"), r.problems().toString());
    assertTrue(r.problems().get(2).startsWith("case.yaml:16:"), r.problems().toString());
    assertTrue(r.problems().get(2).contains("guides[0].items[1].unitValue: 'dez reais' is not money"),
        r.problems().toString());
  }

  @Test
  void jsonMistakesHaveTheirLineToo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AccountYaml.readJson("{\"guides\": [\n\t{\"number\": \"1\", \"type\": \"consulta\",\n\t \"itens\": []}]}"));
    assertTrue(e.getMessage().startsWith("3:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'itens'"), e.getMessage());
  }
}
