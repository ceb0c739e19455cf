package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Money;
import convenio.model.Provider;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three forms of a TISS 4.03.00 recursoGlosa: item by item (itensGuia), a whole guide (recursoGuiaCompleta) and
 * the whole protocol (recursoProtocolo, objetoRecurso 1). Each is valid against the schema, and reads back as written.
 */
class RecursoFormsTest {
  private static final RecursoHeader HEADER = new RecursoHeader("123456", "OPERADORA TESTE",
      new Provider("1001", "11222333000181", null, "Clínica Teste", null), "L1", "777", "R-777",
      LocalDate.of(2025, 4, 10), LocalTime.of(9, 0), null);

  @Test
  void aGuideGlosedWholeIsAppealedWholeBesideAGuideAppealedItemByItem() {
    RecursoGuiaCompleta whole = new RecursoGuiaCompleta("G-1", "OP-1", null, "1714", Money.parse("R$ 300,00"),
        "Guia apresentada no prazo contratual.");
    RecursoItem item = new RecursoItem("G-2", null, null, 2, LocalDate.of(2025, 3, 2), "22", "10101012",
        "Consulta", null, "1705", Money.parse("R$ 30,00"), "Valor da tabela do contrato.");
    byte[] xml = RecursoWriter.write(HEADER, List.of(item), List.of(whole));
    assertTrue(TissValidator.validate(xml).isEmpty(), TissValidator.validate(xml).toString());
    TissMessages.Recurso r = new MessageReader().recurso(new ByteArrayInputStream(xml)).message();
    assertEquals("2", r.object());
    // valorTotalRecursado = R$ 300,00 (the whole guide) + R$ 30,00 (the item) = R$ 330,00
    assertEquals(Money.parse("R$ 330,00"), r.total());
    assertEquals("G-1", r.guides().get(0).number());
    assertEquals(List.of(new TissMessages.Motivo("1714", "Guia apresentada no prazo contratual.")),
        r.guides().get(0).whole());
    assertEquals(0, r.guides().get(0).items().size());
    assertEquals(2, r.guides().get(1).items().get(0).seq());
  }

  @Test
  void theWholeProtocolIsAppealedAsARecursoDeProtocolo() {
    byte[] xml = RecursoWriter.write(HEADER, new RecursoProtocolo("1001", Money.parse("R$ 1.250,40"),
        "Lote enviado dentro do prazo do contrato."));
    assertTrue(TissValidator.validate(xml).isEmpty(), TissValidator.validate(xml).toString());
    TissMessages.Recurso r = new MessageReader().recurso(new ByteArrayInputStream(xml)).message();
    assertEquals("1", r.object());
    assertEquals(Money.parse("R$ 1.250,40"), r.total());
    assertEquals(new TissMessages.Motivo("1001", "Lote enviado dentro do prazo do contrato."), r.protocolGlosa());
    assertEquals(0, r.guides().size());
  }

  @Test
  void aGuideAppealedWholeCannotAlsoListItems() {
    RecursoGuiaCompleta whole = new RecursoGuiaCompleta("G-1", null, null, "1714", Money.parse("R$ 300,00"), "J.");
    RecursoItem item = new RecursoItem("G-1", null, null, 1, LocalDate.of(2025, 3, 2), "22", "10101012",
        "Consulta", null, "1705", Money.parse("R$ 30,00"), "J.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecursoWriter.write(HEADER, List.of(item), List.of(whole)));
    assertTrue(e.getMessage().contains("guide G-1 item 1"), e.getMessage());
  }
}
