package convenio.desk;

import static convenio.desk.Fixture.item;
import static convenio.desk.Fixture.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.ContractRegistry;
import convenio.i18n.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract change after the audit: the account is priced again, the decisions re-applied in order, and those the
 * new contract makes moot listed (kept in the log, skipped).
 */
class RepriceTest {
  @TempDir Path dir;

  @Test
  void decisionsAreReappliedAndTheMootOnesListed() throws Exception {
    Lang.setDefault(Lang.EN);
    Path contracts = Fixture.copyContract(dir);
    String db = dir.resolve("history").toString();
    try (ContractRegistry registry = Fixture.registry(contracts); Desk desk = Desk.open(db, Desk.pricer(registry))) {
      long id = desk.add(Fixture.lote()).view().id();
      // #1 excludes the contract's 1705 of 50,00 on the taxa de sala (RI-1001 seq 9: presented 650,00, table 600,00)
      desk.apply(id, new Operation.Revert("RI-1001", 9, 1), "ana", "tabela do hospital aceita");
      // #2 glosses the whole of seq 3 (paid 558,81)
      desk.apply(id, new Operation.GlosaAll("RI-1001", 3, "2014", ""), "ana", null);
      // lote paid 12.952,36 + 50,00 − 558,81 = 12.443,55
      assertEquals(m("12443.55"), desk.view(id).result().totals().paid());

      // The contract's table now pays the taxa de sala 650,00: no 1705 on seq 9 for #1 to exclude.
      Path table = contracts.resolve("tables").resolve("proprios-2025-1.csv");
      String csv = Files.readString(table, StandardCharsets.UTF_8);
      assertTrue(csv.contains("60001038;Taxa de sala cirúrgica - porte anestésico 5 a 8;600,00"));
      Files.writeString(table, csv.replace("porte anestésico 5 a 8;600,00", "porte anestésico 5 a 8;650,00"),
          StandardCharsets.UTF_8);
      assertTrue(registry.reload().ok());

      Desk.Reprice r = desk.reprice(id);
      assertEquals(1, r.reapplied());
      assertEquals(1, r.moot().size());
      assertEquals(1, r.moot().get(0).n());
      assertTrue(r.moot().get(0).reason().contains("there is no glosa 1"), r.moot().get(0).reason());
      // base: 12.952,36 + 50,00 (the table pays 650,00) = 13.002,36; #2: − 558,81 = 12.443,55
      assertEquals(m("12443.55"), r.view().result().totals().paid());
      assertEquals(m("650.00"), item(r.view().result(), "RI-1001", 9).paid());
      assertEquals(m("0.00"), item(r.view().result(), "RI-1001", 3).paid());
      assertEquals(2, r.view().log().size());
    }
  }
}
