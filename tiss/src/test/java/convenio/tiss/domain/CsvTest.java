package convenio.tiss.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TISS domain tables in resources are read as RFC 4180 CSV: quoted cells may hold commas, quotes and line breaks. */
class CsvTest {
  @Test
  void aQuotedCellWithALineBreakCommaAndQuoteIsOneCell() throws Exception {
    List<List<String>> rows = Csv.rows(new StringReader("""
        codigo,descricao
        01,"Consulta, eletiva"
        02,"Linha um
        linha dois"
        03,"Dito ""assim""\"
        """), "t.csv");
    assertEquals(3, rows.size());
    assertEquals(List.of("01", "Consulta, eletiva"), rows.get(0));
    assertEquals(List.of("02", "Linha um\nlinha dois"), rows.get(1));
    assertEquals(List.of("03", "Dito \"assim\""), rows.get(2)); // "" inside quotes is one quote
  }

  @Test
  void aShortRowIsABrokenResourceNamedWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Csv.rows(new StringReader("""
        codigo,descricao
        01,Consulta
        02
        """), "t.csv"));
    assertTrue(e.getMessage().startsWith("t.csv:3: 1 cell(s) where the header has 2"), e.getMessage());
  }

  @Test
  void everyShippedDomainTableReads() {
    for (String name : List.of("INDEX", "glosa-classes", "dm_motivoSaida", "dm_grauPart")) {
      List<List<String>> rows = Csv.rows("tiss/tables/" + name + ".csv");
      assertTrue(rows != null && !rows.isEmpty(), name);
      for (List<String> row : rows) assertTrue(row.size() >= 2, name + ": " + row);
    }
  }
}
