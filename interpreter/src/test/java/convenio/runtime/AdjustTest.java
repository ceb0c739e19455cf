package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.model.ItemResult;
import convenio.model.TraceEvent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Modifiers: apartment, urgency at special hours, video; each applies to what the previous left. */
class AdjustTest {
  private static final Contract C = contract("""
      import std.tiss.dominios
      holidays { 2025-04-21 }
      price procedure "30101010" = R$ 1.000,00
      adjust procedures when accommodation in apartment = value * 2
      adjust procedures when character is urgency and (hour not in 07:00 .. 19:00 or weekend or holiday) = value * 130%
      adjust procedures when technique = video = value * 150%
      """);

  private static ItemResult run(Fixtures.GuideBuilder g) {
    return only(price(C, g.build()));
  }

  @Test
  void noModifier() {
    assertEquals(brl("1.000,00"), run(guide("G").add(procedure("30101010", 1, "1.000,00").at("10:00"))).allowed());
  }

  @Test
  void apartmentDoubles() {
    // accommodation "02" (apartamento) is in std.tiss.dominios' apartment set: 1.000,00 × 2
    assertEquals(brl("2.000,00"), run(guide("G").accommodation("02")
        .add(procedure("30101010", 1, "2.000,00").at("10:00"))).allowed());
  }

  @Test
  void urgencyAtNightAddsThirtyPercent() {
    assertEquals(brl("1.300,00"), run(guide("G").character("2")
        .add(procedure("30101010", 1, "1.300,00").at("20:00"))).allowed());
  }

  @Test
  void urgencyInOfficeHoursOnAWeekdayDoesNot() {
    assertEquals(brl("1.000,00"), run(guide("G").character("2")
        .add(procedure("30101010", 1, "1.300,00").at("10:00"))).allowed());
  }

  @Test
  void urgencyOnSaturdayAndOnAHoliday() {
    LocalDate saturday = LocalDate.of(2025, 3, 15);
    LocalDate tiradentes = LocalDate.of(2025, 4, 21); // a Monday, declared holiday
    assertEquals(brl("1.300,00"), run(guide("G").character("2")
        .add(procedure("30101010", 1, "1.300,00").at("10:00").date(saturday))).allowed());
    assertEquals(brl("1.300,00"), run(guide("G").character("2")
        .add(procedure("30101010", 1, "1.300,00").at("10:00").date(tiradentes))).allowed());
  }

  @Test
  void modifiersChainInTheOrderWritten() {
    // 1.000,00 × 2 = 2.000,00; × 130% = 2.600,00; × 150% = 3.900,00
    ItemResult r = run(guide("G").accommodation("02").character("2")
        .add(procedure("30101010", 1, "3.900,00").at("23:00").technique("2")));
    assertEquals(brl("3.900,00"), r.allowed());
    var mods = r.trace().stream().filter(e -> e.kind() == TraceEvent.Kind.MODIFIER).toList();
    assertEquals(3, mods.size());
    assertEquals(brl("1.000,00"), mods.get(0).before());
    assertEquals(brl("2.000,00"), mods.get(0).after());
    assertEquals(brl("2.600,00"), mods.get(1).after());
    assertEquals(brl("3.900,00"), mods.get(2).after());
  }

  @Test
  void aModifierThatCannotBeEvaluatedDoesNotApplyAndIsReported() {
    // urgency, but neither the item nor the guide says at what time: the +30% cannot be decided
    var result = price(C, guide("G").character("2").add(procedure("30101010", 1, "1.000,00")).build());
    assertEquals(brl("1.000,00"), only(result).allowed());
    var critiques = result.guides().get(0).critiques();
    assertEquals(1, critiques.size());
    assertTrue(critiques.get(0).message().contains("start time"), critiques.get(0).message());
    assertEquals(9, critiques.get(0).pos().line()); // 4 header lines, import, holidays, price, apartment, urgency
  }
}
