package convenio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convenio.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Counts in messages say "1 guide" and "2 guides", never "1 guides" or "guide(s)". */
class PluralTest {
  @Test
  void oneIsSingularEverythingElsePlural() {
    assertEquals("1 guide", Plural.of(1, "guide"));
    assertEquals("2 guides", Plural.of(2, "guide"));
    assertEquals("0 items", Plural.of(0, "item"));
    assertEquals("3 glosas", Plural.of(3, "glosa"));
    assertEquals("1 contract version", Plural.of(1, "contract version"));
    assertEquals("2 contract versions", Plural.of(2, "contract version"));
    assertEquals("2 boxes", Plural.of(2, "box"));
    assertEquals("2 categories", Plural.of(2, "category"));
  }

  @Test
  void inPortugueseTheCountedNounsAgree() {
    assertEquals("1 guia", Lang.with(Lang.PT, () -> Plural.of(1, "guide")));
    assertEquals("2 itens", Lang.with(Lang.PT, () -> Plural.of(2, "item")));
    assertEquals("0 contas", Lang.with(Lang.PT, () -> Plural.of(0, "account")));
    assertEquals("2 versões de contrato", Lang.with(Lang.PT, () -> Plural.of(2, "contract version")));
  }
}
