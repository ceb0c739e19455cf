package convenio.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.diagnostics.Diagnostic;
import convenio.syntax.Keywords.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Portuguese keyword set: one word for every English keyword, chosen per file, never mixed. */
class SurfaceSyntaxTest {
  @Test
  void everyKeywordHasOnePortugueseWordAndBack() {
    Set<String> seen = new HashSet<>();
    for (String en : Keywords.english()) {
      String pt = Keywords.portugueseOf(en);
      assertNotNull(pt, en);
      assertEquals(en, Keywords.englishOf(pt), pt);
      assertTrue(seen.add(pt), "two keywords share the Portuguese word " + pt);
    }
    assertTrue(Keywords.english().containsAll(List.of("contract", "price", "require", "authorization", "limit")));
    assertEquals("preço", Keywords.portugueseOf("price"));
    assertEquals("price", Keywords.englishOf("preco"), "a word is accepted without its accents");
    assertEquals("is", Keywords.englishOf("é"));
    assertEquals("and", Keywords.englishOf("e"), "'é' without its accent would be 'e' (and): 'é' keeps it");
    assertEquals("weekend", Keywords.englishName("fim_de_semana"));
  }

  static final String EN = """
      contract "C" version 1
        operator ans "123456"
        provider cnpj "1"
        effective 2025-01-01
        rounding half_up to cents per item
      import std.tiss.glosas
      price procedure "10101012" when weekend and not holiday = R$ 180,00
      limit procedures { "4080*" } to 2 per account
        else glosa QUANTIDADE_ACIMA_DO_PERMITIDO "Limite de ${max}"
      require authorization for procedures in group alta else glosa PROCEDIMENTO_SEM_AUTORIZACAO
      group alta = { "4110*" }
      """;

  static final String PT = """
      contrato "C" versão 1
        operadora ans "123456"
        prestador cnpj "1"
        vigência 2025-01-01
        arredondamento meio_para_cima até centavos por item
      importa std.tiss.glosas
      preço procedimento "10101012" quando fim_de_semana e não feriado = R$ 180,00
      limite procedimentos { "4080*" } até 2 por conta
        senão glosa QUANTIDADE_ACIMA_DO_PERMITIDO "Limite de ${max}"
      exige autorização para procedimentos em grupo alta senão glosa PROCEDIMENTO_SEM_AUTORIZACAO
      grupo alta = { "4110*" }
      """;

  @Test
  void bothSurfacesBuildTheSameAst() {
    SourceParser.Result en = SourceParser.parse("c.convenio", EN);
    SourceParser.Result pt = SourceParser.parse("c.convenio", PT);
    assertEquals(List.of(), en.diagnostics());
    assertEquals(List.of(), pt.diagnostics());
    assertEquals(AstPrinter.print(en.file()), AstPrinter.print(pt.file()));
    assertEquals(Language.PT, SurfaceSyntax.languageOf(PT));
    assertEquals(Language.EN, SurfaceSyntax.languageOf(EN));
  }

  @Test
  void translationIsWordForWordBothWays() {
    assertEquals(PT, SurfaceSyntax.translate(EN, Language.PT));
    assertEquals(EN, SurfaceSyntax.translate(PT, Language.EN));
    assertEquals(PT, SurfaceSyntax.translate(PT.replace("preço", "preco").replace("não", "nao"), Language.PT),
        "unaccented spellings come back accented");
  }

  @Test
  void anEnglishKeywordInAPortugueseFileIsAnErrorAtItsPlace() {
    String mixed = PT.replace("limite procedimentos", "limit procedimentos");
    List<Diagnostic> d = SourceParser.parse("c.convenio", mixed).diagnostics();
    Diagnostic first = d.get(0);
    assertEquals("mixed-language", first.code());
    assertEquals(8, first.line());
    assertEquals(1, first.column());
    assertEquals("'limit' is an English keyword, but this file is written in Portuguese (its first word 'contrato'"
        + " at 1:1)", first.message());
    assertTrue(first.hint().startsWith("write 'limite'"), first.hint());
  }

  @Test
  void aPortugueseKeywordStartingALineOfAnEnglishFileIsAnErrorAtItsPlace() {
    String mixed = EN.replace("limit procedures", "limite procedures");
    List<Diagnostic> d = SourceParser.parse("c.convenio", mixed).diagnostics();
    Diagnostic found = d.stream().filter(x -> "mixed-language".equals(x.code())).findFirst().orElseThrow();
    assertEquals(8, found.line());
    assertEquals(1, found.column());
    assertEquals("'limite' is a Portuguese keyword, but this file is written in English (its first word 'contract'"
        + " at 1:1)", found.message());
  }

  @Test
  void aPortugueseWordAsAnEnglishNameIsFineThereButCannotBeTranslated() {
    String en = EN + "let valor = R$ 1,00\n";
    assertEquals(List.of(), SourceParser.parse("c.convenio", en).diagnostics());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurfaceSyntax.translate(en, Language.PT));
    assertEquals("12:5: the name 'valor' is a Portuguese word of the language (amount); rename it before"
        + " translating the file to Portuguese", e.getMessage());
  }

  @Test
  void refusalsOfTheTranslationAreInTheReadersLanguage() {
    String en = EN + "let valor = R$ 1,00\n";
    String pt = convenio.i18n.Lang.with(convenio.i18n.Lang.PT, () -> assertThrows(IllegalArgumentException.class,
        () -> SurfaceSyntax.translate(en, Language.PT)).getMessage());
    assertEquals("12:5: o nome 'valor' é uma palavra portuguesa da linguagem (amount); renomeie-o antes de traduzir o"
        + " arquivo para o português", pt);
    assertEquals("idioma 'fr' desconhecido: pt ou en", convenio.i18n.Lang.with(convenio.i18n.Lang.PT,
        () -> assertThrows(IllegalArgumentException.class, () -> Language.parse("fr")).getMessage()));
  }

  @Test
  void aSyntaxErrorInAPortugueseFileQuotesThePortugueseWords() {
    String broken = PT.replace("limite procedimentos { \"4080*\" } até 2 por conta",
        "limite procedimentos { \"4080*\" } 2 por conta");
    List<Diagnostic> d = SourceParser.parse("c.convenio", broken).diagnostics();
    assertEquals("syntax", d.get(0).code());
    assertEquals(8, d.get(0).line());
    assertTrue(d.get(0).message().contains("'até'"), d.get(0).message());
    assertTrue(!d.get(0).message().contains("'to'"), d.get(0).message());
  }

  @Test
  void modulePathsAreNamesNotKeywords() {
    String en = EN.replace("import std.tiss.glosas", "import std.tiss.glosas\nimport std.ans.vias");
    String pt = SurfaceSyntax.translate(en, Language.PT);
    assertTrue(pt.contains("importa std.ans.vias\n"), pt);
    assertEquals(AstPrinter.print(SourceParser.parse("c", en).file()),
        AstPrinter.print(SourceParser.parse("c", pt).file()));
  }
}
