package convenio.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.GuideType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Accounts written inline in a case file, read by the account form's reader (AccountReader.ofFiles()). */
class InlineAccountTest {
  private static final Path FILE = Path.of("/x/contracts/c/cases/a.yaml");

  /** The cases of a file that has {@code cases} under its {@code cases:} (from line 3 on). */
  private static List<TestCase> cases(String cases) {
    CaseFile f = new CaseFileLoader().parse(FILE, "contract: ../c.convenio\ncases:\n" + cases);
    assertEquals(List.of(), f.problems());
    return f.cases();
  }

  private static AccountReader.Read read(TestCase c) {
    AccountRef.Inline inline = assertInstanceOf(AccountRef.Inline.class, c.account());
    return AccountReader.ofFiles().readInline(inline.yaml(), FILE, inline.line());
  }

  @Test
  void aMistakeIsReportedAtItsLineAndColumnInTheCaseFile() {
    List<TestCase> cs = cases("""
          - name: typo
            account:
              operator_ans: "999999"
              provider: { cnpj: "12.345.678/0001-90" }
              guides:
                - number: "G-1"
                  type: consulta
                  # a comment the account reader never sees
                  items:
                    - { seq: 1, code: "10101012",
                        unit_valeu: "R$ 200,00" }
          - name: fine
            account: { guides: [ { number: "G-2", type: sp_sadt,
                         items: [ { code: "10101012", unitValue: 20.00 } ] } ] }
        """);
    AccountReader.Read typo = read(cs.get(0));
    assertTrue(typo.problem().startsWith(FILE + ":13:17: unknown key 'unit_valeu' in an item"), typo.problem());
    AccountReader.Read fine = read(cs.get(1));
    assertEquals(GuideType.SP_SADT, fine.account().guides().get(0).type(), fine.problem());
  }

  @Test
  void anAccountThatMergesAnotherIsReadToo() {
    List<TestCase> cs = cases("""
          - name: base
            account: &base
              guides:
                - number: "G-1"
                  type: consulta
                  items:
                    - { code: "10101012", unit_value: "R$ 200,00" }
          - name: same
            account: *base
          - name: other lote
            account:
              <<: *base
              lote: "42"
        """);
    assertEquals("G-1", read(cs.get(0)).account().guides().get(0).number());
    assertEquals(read(cs.get(0)).account(), read(cs.get(1)).account());
    AccountReader.Read merged = read(cs.get(2));
    assertEquals("42", merged.account().loteNumber(), merged.problem());
    assertEquals("G-1", merged.account().guides().get(0).number());
  }
}
