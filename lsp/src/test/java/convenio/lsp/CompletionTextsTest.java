package convenio.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.i18n.Lang;
import org.junit.jupiter.api.Test;

/** What the editor shows beside a completion is in the language the server was started in. */
class CompletionTextsTest {
  @Test
  void aStandardModulesDocumentationSaysWhatItDeclaresInTheReadersLanguage() {
    StdModules.Module glosas = StdModules.get().modules().get("std.tiss.glosas");
    String pt = Lang.with(Lang.PT, () -> Completions.moduleDoc(glosas));
    assertTrue(pt.contains("\n\nDeclara:\n- justificativas: "), pt);
    String en = Lang.with(Lang.EN, () -> Completions.moduleDoc(glosas));
    assertTrue(en.contains("\n\nDeclares:\n- justifications: "), en);
  }

  @Test
  void aCompletionsDetailIsInTheReadersLanguage() {
    assertTrue(Lang.with(Lang.PT, () -> Completions.item("std.ans.vias", null, LspTexts.M.get("complete.std.module"),
        null)).getDetail().equals("módulo padrão"));
  }
}
