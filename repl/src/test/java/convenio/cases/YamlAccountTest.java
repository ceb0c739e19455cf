package convenio.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Account;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YamlAccountTest {
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
    Account a = YamlAccount.parse(snake, Path.of("a.yaml"), 1).account();
    Item i = a.guides().get(0).items().get(0);
    assertEquals(GuideType.SP_SADT, a.guides().get(0).type());
    assertEquals("0001", a.guides().get(0).beneficiary().cardNumber());
    assertEquals(ItemKind.DAILY_RATE, i.kind());
    assertEquals(Money.parse("2.960,50"), i.totalValue()); // 2 × 1.480,25
    assertEquals(LocalDate.of(2025, 3, 10), i.date());

    String camel = snake.replace("operator_ans", "operatorAns").replace("card_number", "cardNumber")
        .replace("unit_value", "unitValue");
    assertEquals(a, YamlAccount.parse(camel, Path.of("a.yaml"), 1).account());
  }

  @Test
  void mistakesAreReportedAtTheirLineInTheEnclosingFile() {
    String text = """
        guides:
          - number: "G-1"
            type: sp_sadt
            items:
              - { seq: 1, code: "10101012", unit_valeu: "R$ 10,00" }
        """;
    YamlAccount.Read r = YamlAccount.parse(text, Path.of("case.yaml"), 11);
    assertNull(r.account());
    assertTrue(r.problems().get(0).startsWith("case.yaml:15: unknown key 'unit_valeu'"), r.problems().toString());
  }
}
