package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Solus FAQ, "Consulta forma de pagamento": faturamento específico > linear > configuração padrão; among table versions
 * the latest vigência on the date, the beneficiary's congênere first.
 */
class PrecedenceAndVigenciaTest {
  private static final Contract RULES = contract("""
      group g = { "301*" }
      price procedures = R$ 100,00
      price procedures in group g = R$ 200,00
      price procedure "30101010" = R$ 300,00
      price procedures in group g congenere "0865" = R$ 250,00
      price procedures in group g when character = "2" = R$ 220,00
      """);

  private static final Contract TABLES = contract("""
      table diarias type 18 effective 2025-01-01 .. 2025-06-30 version "1º semestre"
        columns (code, description, price: money) { "60000775" "Diária de apartamento" R$ 480,00 }
      table diarias type 18 effective 2025-07-01 version "2º semestre"
        columns (code, description, price: money) { "60000775" "Diária de apartamento" R$ 500,00 }
      table diarias type 18 effective 2025-03-01 version "intercâmbio" congenere "0865"
        columns (code, description, price: money) { "60000775" "Diária de apartamento" R$ 530,00 }
      price daily_rates from diarias = diarias.price
      """);

  private static ItemResult rule(Fixtures.GuideBuilder g) {
    return only(price(RULES, g.build()));
  }

  @Test
  void defaultLinearSpecific() {
    assertEquals(brl("100,00"), rule(guide("G").add(procedure("40000000", 1, "1,00"))).contractUnit());
    assertEquals(brl("200,00"), rule(guide("G").add(procedure("30102020", 1, "1,00"))).contractUnit());
    assertEquals(brl("300,00"), rule(guide("G").add(procedure("30101010", 1, "1,00"))).contractUnit());
    assertEquals("linear", rule(guide("G").add(procedure("30102020", 1, "1,00"))).source().tier());
  }

  @Test
  void specificBeatsACongenereLinearRule() {
    assertEquals(brl("300,00"),
        rule(guide("G").congenere("0865").add(procedure("30101010", 1, "1,00"))).contractUnit());
  }

  @Test
  void congenereFirstWithinATier() {
    assertEquals(brl("250,00"),
        rule(guide("G").congenere("0865").add(procedure("30102020", 1, "1,00"))).contractUnit());
    assertEquals(brl("200,00"),
        rule(guide("G").congenere("0999").add(procedure("30102020", 1, "1,00"))).contractUnit());
  }

  @Test
  void aConditionIsAnExceptionToTheRuleWithout() {
    assertEquals(brl("220,00"), rule(guide("G").character("2").add(procedure("30102020", 1, "1,00"))).contractUnit());
    // congênere outranks the condition
    assertEquals(brl("250,00"),
        rule(guide("G").character("2").congenere("0865").add(procedure("30102020", 1, "1,00"))).contractUnit());
  }

  private static ItemResult daily(Fixtures.GuideBuilder g, LocalDate on) {
    return only(price(TABLES, g.add(item(ItemKind.DAILY_RATE, "60000775", 1, "480,00").date(on)).build()));
  }

  @Test
  void versionByExecutionDate() {
    ItemResult march = daily(guide("G"), LocalDate.of(2025, 3, 10));
    assertEquals(brl("480,00"), march.contractUnit());
    assertEquals("1º semestre", march.source().tableVersion());
    ItemResult august = daily(guide("G"), LocalDate.of(2025, 8, 1));
    assertEquals(brl("500,00"), august.contractUnit());
    assertEquals("2º semestre", august.source().tableVersion());
  }

  @Test
  void congenereVersionFirstElseTheLatestWithout() {
    assertEquals(brl("530,00"), daily(guide("G").congenere("0865"), LocalDate.of(2025, 3, 10)).contractUnit());
    // before the congênere version starts: the generic one
    assertEquals(brl("480,00"), daily(guide("G").congenere("0865"), LocalDate.of(2025, 2, 1)).contractUnit());
  }

  @Test
  void noVersionInForceLeavesTheItemUnpriced() {
    ItemResult r = daily(guide("G"), LocalDate.of(2024, 12, 1));
    assertEquals(List.of("1707"), codes(r));
  }
}
