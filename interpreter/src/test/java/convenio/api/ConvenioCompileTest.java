package convenio.api;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.model.ItemKind;
import convenio.model.ItemResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façade: contracts from disk (imports and tables relative to the file), from strings, and what fails. */
class ConvenioCompileTest {
  @Test
  void fromDiskWithASharedFileAndATableFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("tables"));
    Files.writeString(dir.resolve("tables/proprios.csv"), "code;price\n60000775;480,00\n");
    Files.writeString(dir.resolve("shared.convenio"), """
        module shared
        table proprios type 00 from "tables/proprios.csv" columns (code, price: money) effective 2025-01-01
        """);
    Files.writeString(dir.resolve("c.convenio"), HEADER + """
        import "shared.convenio"
        price daily_rates from proprios = proprios.price
        """);
    Compilation c = Convenio.compile(dir.resolve("c.convenio"));
    assertTrue(c.ok(), () -> c.diagnostics().toString());
    ItemResult r = only(price(c.contract(), guide("G").add(item(ItemKind.DAILY_RATE, "60000775", 1, "480,00")).build()));
    assertEquals(brl("480,00"), r.allowed());
    assertTrue(r.source().tableRow().file().endsWith("tables/proprios.csv"), r.source().tableRow().file());
    assertEquals(2, r.source().tableRow().line());
    assertEquals(64, c.contract().sourceHash().length());
  }

  @Test
  void fromStringsWithOtherFiles() {
    Compilation c = Convenio.compile("c.convenio", HEADER + """
        import "precos.convenio"
        price procedure "10101012" = consulta
        """, Map.of("precos.convenio", "module precos\nlet consulta = R$ 120,00\n"));
    assertTrue(c.ok(), () -> c.diagnostics().toString());
    assertEquals(brl("120,00"), only(price(c.contract(), guide("G").add(procedure("10101012", 1, "120,00")).build()))
        .allowed());
    assertEquals("Operadora Teste x Hospital Teste", c.contract().id()); // no id clause: the contract's name
    assertEquals("999999", c.contract().operatorAns());
  }

  @Test
  void aModuleIsNotAContract() {
    Compilation c = Convenio.compile("m.convenio", "module m\nlet x = 1\n");
    assertFalse(c.ok());
    assertTrue(c.diagnostics().stream().anyMatch(d -> d.isError()), c.diagnostics().toString());
  }

  @Test
  void anUnknownJustificationIsAnError() {
    Compilation c = Convenio.compile("c.convenio", HEADER + """
        price procedures = presented
        glosa NAO_EXISTE when quantity > 1
        """);
    assertFalse(c.ok());
    assertTrue(c.diagnostics().stream().anyMatch(d -> d.message().contains("NAO_EXISTE")), c.diagnostics().toString());
  }

  @Test
  void theSameSourcesGiveTheSameHash() {
    String text = HEADER + "price procedures = presented\n";
    assertEquals(Convenio.compile("a", text).contract().sourceHash(), Convenio.compile("a", text).contract().sourceHash());
    assertNotEquals(Convenio.compile("a", text).contract().sourceHash(),
        Convenio.compile("a", text + "price fees = presented\n").contract().sourceHash());
  }
}
