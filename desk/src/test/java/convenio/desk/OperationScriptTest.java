package convenio.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convenio.i18n.Lang;
import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each operation as a script line and as JSON, read back the same; a wrong line names its column. */
class OperationScriptTest {
  @BeforeEach
  void english() {
    Lang.setDefault(Lang.EN);
  }

  static final List<Operation> EVERY = List.of(
      new Operation.GlosaAll("RI-1001", 3, "2014", "Material \"não\" utilizado"),
      new Operation.GlosaPart("RI-1001", 8, new BigDecimal("1"), null, "1705", "uma diária a maior"),
      new Operation.GlosaPart("RI-1001", 11, null, Money.of("3.00"), "2014", ""),
      new Operation.EditGlosa("RI-1001", 6, 1, "1706", Money.of("50.00"), "acordo"),
      new Operation.Revert("RI-1001", 9, 1),
      new Operation.Revert("RI-1001", 15, null),
      new Operation.RevertTable("RI-1001", 9),
      new Operation.GroupGlosa(List.of("RI-1001", "RI-1002"), "matmed", new Percent(new BigDecimal("12.5")), "2014",
          "auditoria"),
      new Operation.GroupGlosa(List.of(), "codes:7000004*,70000089", Percent.of(10), "2014", ""),
      new Operation.Split("RI-1001", 8, 2),
      new Operation.Undo());

  @Test
  void everyOperationReadsBackFromItsLineAndItsJson() {
    for (Operation op : EVERY) {
      assertEquals(op, OperationScript.parseLine(op.toScript()), op.toScript());
      assertEquals(op, Operation.fromJson(op.toJson()), op.toJson().toString());
    }
  }

  @Test
  void theIssuesExampleLine() {
    assertEquals(new Operation.GlosaAll("RI-1001", 3, "2014", "Cobrança indevida"),
        OperationScript.parseLine("glosa all RI-1001 3 2014 \"Cobrança indevida\""));
    assertEquals(new Operation.GroupGlosa(List.of(), "date:2025-03-10", Percent.of(10), "1705", ""),
        OperationScript.parseLine("group glosa 10% date:2025-03-10 1705"));
  }

  @Test
  void aWrongWordIsNamedByItsColumn() {
    DeskException e = assertThrows(DeskException.class,
        () -> OperationScript.parse("ops.txt", "undo\nsplit RI-1001 oito 2\n"));
    assertEquals("ops.txt:2:15: item must be a whole number, not \"oito\"", e.getMessage());
    e = assertThrows(DeskException.class, () -> OperationScript.parseLine("group glosa 10% tudo 2014"));
    assertEquals("17: unknown selection \"tudo\": use all, procedures, fees, matmed, opme, gases, date:, code:, codes:",
        e.getMessage());
    e = assertThrows(DeskException.class, () -> OperationScript.parseLine("nao gerar RI-1001 3"));
    assertEquals("bad-operation", e.code());
    e = assertThrows(DeskException.class, () -> Operation.fromJson("{\"op\": \"glosa\", \"guide\": \"G\", \"item\": 1,"
        + " \"code\": \"1705\"}"));
    assertEquals("a partial glosa takes \"units\" or \"amount\", one of them", e.getMessage());
  }

  @Test
  void inPortugueseTheMissingWordAndTheFieldsKindAreNamedInPortuguese() {
    Lang.setDefault(Lang.PT);
    try {
      // "glosa" alone: the guide is missing after the word, at column 1 + 5 + 1
      DeskException e = assertThrows(DeskException.class, () -> OperationScript.parseLine("glosa"));
      assertEquals("7: falta: guia", e.getMessage());
      e = assertThrows(DeskException.class, () -> OperationScript.parse("ops.txt", "undo\nsplit RI-1001 oito 2\n"));
      assertEquals("ops.txt:2:15: item deve ser um número inteiro, não \"oito\"", e.getMessage());
      e = assertThrows(DeskException.class, () -> Operation.fromJson("{\"op\": \"glosa-all\", \"guide\": \"G\","
          + " \"item\": \"três\", \"code\": \"1705\"}"));
      assertEquals("\"item\" deve ser um número inteiro", e.getMessage());
    } finally {
      Lang.setDefault(Lang.EN);
    }
    DeskException e = assertThrows(DeskException.class, () -> OperationScript.parseLine("glosa"));
    assertEquals("7: missing: guide", e.getMessage());
  }
}
