package convenio.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's rows in the history (migration V2): an account kept with the contract that priced it, its decisions in
 * order, an undo recorded with the decision it marks undone in one transaction; all there after reopening. Run on
 * the embedded H2 file and on a real PostgreSQL server.
 */
abstract class DeskRecordsSuite {
  @TempDir
  Path dir;

  abstract String newDb();

  @Test
  void accountsAndDecisionsAreKeptInOrder() throws Exception {
    String db = newDb();
    long id;
    Instant at = Instant.parse("2026-03-02T10:15:30Z");
    try (DeskRecords d = DeskRecords.open(db)) {
      id = d.add("345678", "2025-03-001", "{\"guides\": []}", "bemviver-sao-lucas", "4", "abc");
      d.append(id, new DeskRecords.Decision(1, "ana", at, "{\"op\":\"split\"}", "split RI-1001 item 8", "dias", false), 0);
      d.append(id, new DeskRecords.Decision(2, "bia", at.plusSeconds(60), "{\"op\":\"undo\",\"undoes\":1}",
          "undo #1", null, false), 1);
      d.contract(id, "bemviver-sao-lucas", "5", "def");
    }
    try (DeskRecords d = DeskRecords.open(db)) {
      DeskRecords.Account a = d.account(id).orElseThrow();
      assertEquals("2025-03-001", a.lote());
      assertEquals("5", a.contractVersion());
      assertEquals("{\"guides\": []}", a.accountJson());
      assertEquals(id, d.find("345678", "2025-03-001").orElseThrow().id());
      assertFalse(d.find("345678", "2025-04-001").isPresent());
      var decisions = d.decisions(id);
      assertEquals(2, decisions.size());
      assertEquals("ana", decisions.get(0).auditor());
      assertTrue(decisions.get(0).undone());
      assertFalse(decisions.get(1).undone());
      assertEquals(at, decisions.get(0).at().truncatedTo(ChronoUnit.SECONDS));
      assertEquals("dias", decisions.get(0).why());
    }
    try (HistoryStore h = HistoryStore.open(db);
         Statement s = h.connection().createStatement();
         ResultSet rs = s.executeQuery("SELECT name FROM schema_history WHERE version = 2")) {
      assertTrue(rs.next());
      assertEquals("V2__desk.sql", rs.getString(1));
    }
  }
}
