package convenio.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.ContractRegistry;
import convenio.model.Percent;
import convenio.model.PricingResult;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import convenio.tiss.TissValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demonstrativo written after an audit carries the auditor's decisions, principal glosa first and the
 * complementary one after it, and is valid against the TISS 4.03.00 schema.
 */
class DemonstrativoTest {
  @TempDir Path dir;

  @Test
  void theAuditedAccountIsAValidDemonstrativo() {
    try (ContractRegistry registry = Fixture.registry(Fixture.copyContract(dir));
         Desk desk = Desk.open(null, Desk.pricer(registry))) {
      long id = desk.add(Fixture.lote()).view().id();
      desk.apply(id, new Operation.GroupGlosa(List.of(), "matmed", Percent.of(10), "2014", "auditoria de mat/med"),
          "ana", null);
      desk.apply(id, new Operation.Split("RI-1001", 8, 2), "ana", null);
      desk.apply(id, new Operation.EditGlosa("RI-1001", 6, 1, "1706", null, null), "ana", null);
      desk.apply(id, new Operation.GlosaAll("RI-1001", 3, "1801", "procedimento não realizado"), "ana", null);
      PricingResult r = desk.view(id).result();
      byte[] xml = DemonstrativoWriter.write(r, new DemonstrativoHeader("345678", "Bem Viver Saúde",
          "11222333000181", "2025-03-001", LocalDate.of(2025, 4, 10), null, "2025-03-001", LocalDate.of(2025, 4, 1),
          null, null));
      assertEquals(List.of(), TissValidator.validate(xml));
      String text = new String(xml, StandardCharsets.ISO_8859_1);
      // seq 11 (luva): 10% of 13,80 = 1,38 with 2014 (principal), then the contract's 1705 of 1,20 (complementary)
      int luva = text.indexOf("70000046");
      int principal = text.indexOf("2014", luva), complementary = text.indexOf("1705", luva);
      assertTrue(luva > 0 && principal > luva && complementary > principal, text.substring(luva, luva + 1500));
      assertTrue(text.contains("1801"));
      assertTrue(text.contains("1706"));
      // the second day of the diária is item 17
      assertTrue(text.contains("<ans:sequencialItem>17</ans:sequencialItem>"), text);
    }
  }
}
