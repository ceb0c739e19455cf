package convenio.stdlib;

import static convenio.stdlib.StdlibFixtures.bySeq;
import static convenio.stdlib.StdlibFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Contract;
import convenio.model.GuideResult;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.syntax.Decl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** std.unimed.lista_referencial: the schedule and the two letter maps, against the tables of the Solus FAQ "Digitação de conta médica" (Unimed lista referencial, from 01/11/2024). */
class ListaReferencialModuleTest {
  private static final String LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ";   // 0, A–Z without O; "0" has no sizes

  // Solus FAQ, "Taxa de sala | Indicadores", typed from the FAQ.
  private static final Map<String, String> SALA = sizes(
      "01", "AB", "02", "CD", "03", "EFG", "04", "HIJKL", "05", "MNPQ", "06", "RST", "07", "UVWX", "08", "YZ");
  // Solus FAQ, "Tempo Cirúrgico | Indicadores".
  private static final Map<String, String> TEMPO = sizes(
      "01", "AB", "02", "CD", "03", "EF", "04", "GH", "05", "IJK", "06", "LM", "07", "NPQ", "08", "RS",
      "09", "TUV", "10", "WX", "11", "YZ");

  private static Map<String, String> sizes(String... sizeAndLetters) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < sizeAndLetters.length; i += 2) {
      for (char c : sizeAndLetters[i + 1].toCharArray()) m.put(String.valueOf(c), sizeAndLetters[i]);
    }
    return m;
  }

  /**
   * One fee code per letter (own table); the fee's price is R$ (size number), so R$ 4,00 means size "04". Billed at
   * R$ 0,01 so nothing is glosed as excess and the paid value (presented below contract: paid presented) is not
   * what we read: we read the contract unit price.
   */
  private static Contract letterContract(String map) {
    StringBuilder rows = new StringBuilder();
    for (char c : LETTERS.toCharArray()) rows.append("  \"L").append(c).append("\" \"").append(c).append("\"\n");
    StringBuilder values = new StringBuilder();
    for (int n = 1; n <= 11; n++) values.append(String.format("  \"%02d\" -> R$ %d,00%n", n, n));
    return StdlibFixtures.compile("import std.unimed.lista_referencial\n"
        + "table letras type 00 effective 2025-01-01 columns (code, letra) {\n" + rows + "}\n"
        + "map valor {\n" + values + "}\n"
        + "price fees from letras = valor[" + map + "[letras.letra]]\n");
  }

  private static void assertSizes(String map, Map<String, String> expected) {
    Contract c = letterContract(map);
    List<Item> items = new ArrayList<>();
    int seq = 1;
    for (char l : LETTERS.toCharArray()) items.add(item(seq++, ItemKind.FEE, "00", "L" + l, 1, "R$ 0,01", null, null));
    GuideResult g = StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.RESUMO_INTERNACAO, null, null, items))
        .guide("G");
    seq = 1;
    for (char l : LETTERS.toCharArray()) {
      String size = expected.get(String.valueOf(l));
      ItemResult r = bySeq(g, seq++);
      assertEquals(Money.parse("R$ " + Integer.parseInt(size) + ",00"), r.contractUnit(),
          map + "[\"" + l + "\"] should be " + size);
    }
  }

  @Test
  void everyLetterGivesTheRoomSizeOfTheSolusFaq() {
    assertEquals(25, SALA.size());
    assertSizes("porte_sala", SALA);
  }

  @Test
  void everyLetterGivesTheSurgicalTimeSizeOfTheSolusFaq() {
    assertEquals(25, TEMPO.size());
    assertSizes("tempo_cirurgico", TEMPO);
  }

  @Test
  void letterOAndZeroHaveNoSize() {
    Contract c = StdlibFixtures.compile("""
        import std.unimed.lista_referencial
        table letras type 00 effective 2025-01-01 columns (code, letra) {
          "LO" "O"
          "L0" "0"
        }
        price fees from letras = if contains(porte_sala, letras.letra) then R$ 1,00 else R$ 2,00
        """);
    GuideResult g = StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.RESUMO_INTERNACAO, null, null, List.of(
        item(1, ItemKind.FEE, "00", "LO", 1, "R$ 2,00", null, null),
        item(2, ItemKind.FEE, "00", "L0", 1, "R$ 2,00", null, null)))).guide("G");
    assertEquals(Money.parse("R$ 2,00"), bySeq(g, 1).contractUnit());
    assertEquals(Money.parse("R$ 2,00"), bySeq(g, 2).contractUnit());
  }

  @Test
  void letterOIsRefusedAtCheckTimeWithItsPlace() {
    // The Unimed manual (Solus FAQ): letters 0 and A–Z "com exceção da letra O, para que não gere confusão com o
    // número zero". Written in a rule, O is an error at its line and column (line 7 of the file: 5 header lines, the
    // import, then the let; column 32 is the quote of "O", after `let sala_da_letra = porte_sala[`).
    var c = convenio.api.Convenio.compile("stdlib-test.convenio", StdlibFixtures.header()
        + "import std.unimed.lista_referencial\nlet sala_da_letra = porte_sala[\"O\"]\n");
    var errors = c.diagnostics().stream().filter(d -> d.severity() == convenio.diagnostics.Severity.ERROR).toList();
    assertEquals(1, errors.size(), errors.toString());
    var d = errors.get(0);
    assertEquals(7, d.line());
    assertEquals(32, d.column());
    assertTrue(d.message().contains("\"O\" is not an anaesthetic-size letter"), d.message());
    assertTrue(d.message().contains("never read as zero"), d.message());
    assertTrue(d.hint().contains("\"0\""), d.hint());
  }

  @Test
  void letterOFromARowIsACritiqueOnTheItemNotAGuess() {
    Contract c = StdlibFixtures.compile("""
        import std.unimed.lista_referencial
        table letras type 00 effective 2025-01-01 columns (code, letra) {
          "LO" "O"
          "LM" "M"
        }
        map valor { "05" -> R$ 500,00 }
        price fees from letras = valor[porte_sala[letras.letra]]
        """);
    GuideResult g = StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.RESUMO_INTERNACAO, null, null, List.of(
        item(1, ItemKind.FEE, "00", "LO", 1, "R$ 500,00", null, null),
        item(2, ItemKind.FEE, "00", "LM", 1, "R$ 500,00", null, null)))).guide("G");
    // M → porte de sala 05 (Solus FAQ: M, N, P, Q) → R$ 500,00; O is no letter: unpriced (1707), with a critique
    assertEquals(Money.parse("R$ 500,00"), bySeq(g, 2).contractUnit());
    assertEquals("1707", bySeq(g, 1).glosas().get(0).code());
    assertTrue(g.critiques().stream().anyMatch(k -> k.message().contains("item 1 (LO)")
        && k.message().contains("\"O\" is not an anaesthetic-size letter")), g.critiques().toString());
  }

  /** Six equal procedures of R$ 1.000,00 (ties keep billing order), same route or different routes. */
  private static GuideResult sixProcedures(String route) {
    Contract c = StdlibFixtures.compile("""
        import std.unimed.lista_referencial
        price procedures = R$ 1.000,00
        routes lista_referencial for procedures ordered by value desc
        """);
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      items.add(item(i, ItemKind.PROCEDURE, "22", "3010101" + i, 1, "R$ 1.000,00", route, "00"));
    }
    return StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.HONORARIOS, null, null, items)).guide("G");
  }

  @Test
  void sameRoute100_50_40_30ThenTen() {
    GuideResult g = sixProcedures("2");
    // Solus FAQ "Mesma via": 100%, 50%, 40%, 30%, havendo mais procedimentos 10% (5th and 6th).
    String[] expected = {"R$ 1.000,00", "R$ 500,00", "R$ 400,00", "R$ 300,00", "R$ 100,00", "R$ 100,00"};
    for (int i = 0; i < 6; i++) assertEquals(Money.parse(expected[i]), bySeq(g, i + 1).allowed(), "procedure " + (i + 1));
  }

  @Test
  void differentRoutes100_70_40_30ThenTen() {
    GuideResult g = sixProcedures("3");
    // Solus FAQ "Vias diferentes": 100%, 70%, 40%, 30%, havendo mais procedimentos 10%.
    String[] expected = {"R$ 1.000,00", "R$ 700,00", "R$ 400,00", "R$ 300,00", "R$ 100,00", "R$ 100,00"};
    for (int i = 0; i < 6; i++) assertEquals(Money.parse(expected[i]), bySeq(g, i + 1).allowed(), "procedure " + (i + 1));
  }

  @Test
  void theModuleDeclaresExactlyTheScheduleAndTheTwoMaps() {
    var decls = StdlibFixtures.parseModule("std.unimed.lista_referencial").decls();
    assertEquals(3, decls.size());
    assertTrue(decls.stream().anyMatch(d -> d instanceof Decl.Schedule s
        && s.name().equals("lista_referencial")));
  }
}
