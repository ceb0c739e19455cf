package convenio.history;

import convenio.history.sample.SampleMessages;
import convenio.history.sample.SampleMessages.Answer;
import convenio.history.sample.SampleMessages.GlosaAt;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import convenio.tiss.AccountYaml;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small history whose indicators are worked out by hand in {@link StoreSuite}:
 *
 * <pre>
 * operator 111111 (A), lote 101 sent 2026-01-15 (competência of its guides 2026-01), provider P1
 *   guide G1 (SP/SADT): item 1 procedure 40301010 R$ 100,00; item 2 material 90000001 R$ 50,00
 *   guide G2 (consulta): item 1 procedure 10101012 R$ 200,00                        presented R$ 350,00
 *   demonstrativo D-A-1 of 2026-02-10, protocol 5001: G1/1 glosa 1705 R$ 10,00 (administrative),
 *                                                    G1/2 glosa 2001 R$ 5,00 (technical)
 *   recurso R1 of 2026-02-20: both glosas, R$ 15,00
 *   answer of 2026-03-12: G1/1 accepted R$ 10,00, G1/2 accepted R$ 0,00 (20 days after the recurso)
 * operator 222222 (B), lote 201 sent 2026-01-20, provider P1
 *   guide H1 (SP/SADT): item 1 procedure 40301010 R$ 1.000,00                         presented R$ 1.000,00
 *   demonstrativo D-B-1 of 2026-02-15, protocol 6001: H1/1 glosa 1801 R$ 10,00 (technical), not appealed
 * </pre>
 */
final class Fixture {
  static final LocalDate A_DEMO = LocalDate.of(2026, 2, 10);
  static final LocalDate A_RECURSO = LocalDate.of(2026, 2, 20);
  static final LocalDate A_ANSWER = LocalDate.of(2026, 3, 12);
  static final LocalDate B_DEMO = LocalDate.of(2026, 2, 15);

  static Account loteA() {
    Provider p = new Provider("P1", null, null, "HOSPITAL EXEMPLO", "1234567");
    LocalDate day = LocalDate.of(2026, 1, 10);
    Guide g1 = guide("G1", GuideType.SP_SADT, day, List.of(
        item(1, ItemKind.PROCEDURE, "22", "40301010", "100.00", day),
        item(2, ItemKind.MATERIAL, "19", "90000001", "50.00", day)));
    Guide g2 = guide("G2", GuideType.CONSULTA, day, List.of(item(1, ItemKind.PROCEDURE, "22", "10101012", "200.00", day)));
    return new Account("101", "4.03.00", "111111", p, LocalDate.of(2026, 1, 15), List.of(g1, g2));
  }

  static Account loteB() {
    Provider p = new Provider("P1", null, null, "HOSPITAL EXEMPLO", "1234567");
    LocalDate day = LocalDate.of(2026, 1, 12);
    Guide h1 = guide("H1", GuideType.SP_SADT, day, List.of(item(1, ItemKind.PROCEDURE, "22", "40301010", "1000.00", day)));
    return new Account("201", "4.03.00", "222222", p, LocalDate.of(2026, 1, 20), List.of(h1));
  }

  /** Writes the six messages into {@code dir}; returns their paths in the order of the story. */
  static List<Path> write(Path dir) throws IOException {
    Account a = loteA();
    Account b = loteB();
    List<GlosaAt> glosasA = List.of(new GlosaAt("G1", 1, "1705", Money.of("10.00")), new GlosaAt("G1", 2, "2001", Money.of("5.00")));
    Path lA = dir.resolve("lote-a.yaml");
    Files.writeString(lA, AccountYaml.writeYaml(a));
    Path dA = dir.resolve("demonstrativo-a.xml");
    Files.write(dA, SampleMessages.demonstrativo(a, glosasA, "OPERADORA A", "11111111000111", "D-A-1", A_DEMO, "5001"));
    Path rA = dir.resolve("recurso-a.xml");
    Files.write(rA, SampleMessages.recurso(a, "OPERADORA A", "5001", "R1", A_RECURSO, glosasA));
    Path sA = dir.resolve("resposta-a.xml");
    Files.write(sA, SampleMessages.resposta("111111", "OPERADORA A", "P1", "101", "5001", "R1", A_RECURSO, A_ANSWER,
        List.of(new Answer("G1", 1, LocalDate.of(2026, 1, 10), "22", "40301010", "1705", Money.of("10.00"), Money.of("10.00")),
            new Answer("G1", 2, LocalDate.of(2026, 1, 10), "19", "90000001", "2001", Money.of("5.00"), Money.ZERO))));
    Path lB = dir.resolve("lote-b.yaml");
    Files.writeString(lB, AccountYaml.writeYaml(b));
    Path dB = dir.resolve("demonstrativo-b.xml");
    Files.write(dB, SampleMessages.demonstrativo(b, List.of(new GlosaAt("H1", 1, "1801", Money.of("10.00"))),
        "OPERADORA B", "22222222000122", "D-B-1", B_DEMO, "6001"));
    return List.of(lA, dA, rA, sA, lB, dB);
  }

  private static Guide guide(String number, GuideType type, LocalDate day, List<Item> items) {
    return new Guide(number, null, null, type, new Beneficiary("0000000000001", null, null, false), null, "1", null,
        null, null, null, null, day, null, day, null, null, items);
  }

  private static Item item(int seq, ItemKind kind, String table, String code, String value, LocalDate day) {
    Money v = Money.of(value);
    return new Item(seq, kind, table, code, code, BigDecimal.ONE, null, day, null, null, null, null, null, v, v, "12", List.of());
  }
}
