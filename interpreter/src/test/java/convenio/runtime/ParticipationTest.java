package convenio.runtime;

import convenio.api.Contract;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;


/** Degrees of participation and the anaesthetist (Solus FAQ: "sempre será pago o valor do porte"). */
class ParticipationTest {
  private static final Contract C = contract("""
      import std.unimed.lista_referencial
      table cbhpm type 22 effective 2025-01-01 columns (code, description, porte, porte_anest) {
        "30101010"  "Cirurgia X"  "10A"  "3"
        "30101020"  "Cirurgia Y"  "10A"  "3"
      }
      map porte_valor { "10A" -> R$ 1.000,00   "3" -> R$ 300,00 }
      price procedures from cbhpm = porte_valor[cbhpm.porte]
      price procedure "30101010" = R$ 1.500,00
      participation "01" = 30% of surgeon
      participation "06" from cbhpm = porte_valor[cbhpm.porte_anest]

      table salas type 00 effective 2025-01-01 columns (code, description, letra) {
        "60023031"  "Taxa de sala letra C"  "C"
        "60023040"  "Taxa de sala letra O"  "O"
      }
      map valor_sala { "01" -> R$ 150,00  "02" -> R$ 250,00  "03" -> R$ 400,00 }
      price fees from salas = valor_sala[porte_sala[salas.letra]]
      """);

  @Test
  void surgeonGetsTheSpecificNegotiation() {
    ItemResult r = only(price(C, guide("G").add(procedure("30101010", 1, "1.500,00").degree("00")).build()));
    assertEquals(brl("1.500,00"), r.allowed());
    assertEquals("specific", r.source().tier());
  }

  @Test
  void auxiliaryIsAPercentOfTheSurgeon() {
    // 30% of the surgeon's 1.500,00 = 450,00
    ItemResult r = only(price(C, guide("G").add(procedure("30101010", 1, "450,00").degree("01")).build()));
    assertEquals(brl("450,00"), r.allowed());
    assertEquals("participation", r.source().tier());
  }

  @Test
  void anaesthetistIsAlwaysPaidByTheAnaesthesiaSize() {
    // a specific negotiation for the code (1.500,00) does not reach degree 06: porte anestésico 3 → 300,00
    ItemResult r = only(price(C, guide("G").add(procedure("30101010", 1, "1.500,00").degree("06")).build()));
    assertEquals(brl("300,00"), r.allowed());
    assertEquals(brl("1.200,00"), r.glosed());
    assertEquals("cbhpm", r.source().table());
  }

  @Test
  void anaesthesiaLetterGivesTheRoomSize() {
    // Unimed lista referencial (Solus FAQ): letter C → porte de sala 02 → 250,00
    ItemResult r = only(price(C, guide("G").add(item(ItemKind.FEE, "60023031", 1, "250,00")).build()));
    assertEquals(brl("250,00"), r.allowed());
    assertTrue(r.glosas().isEmpty());
  }

  @Test
  void aMissingLetterIsReportedOnTheItemNotGuessed() {
    // "O" is not a letter of the scale: the map has no key, the item is unpriced and the guide gets a critique
    PricingResult r = price(C, guide("G").add(item(ItemKind.FEE, "60023040", 1, "250,00")).build());
    ItemResult i = only(r);
    assertEquals(List.of("1707"), codes(i));
    assertEquals(1, r.guides().get(0).critiques().size());
    assertTrue(r.guides().get(0).critiques().get(0).message().contains("porte_sala"),
        r.guides().get(0).critiques().get(0).message());
  }
}
