package convenio.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format Document in the editor is {@code convenio fmt}: the same canonical layout (clause lines indented under the
 * header, one space around operators, table cells in columns, comments kept), as one edit over the whole text.
 */
class FormattingTest {
  @TempDir Path dir;

  private static List<? extends TextEdit> format(EditorSession editor, String uri) throws Exception {
    return editor.server.getTextDocumentService().formatting(new DocumentFormattingParams(
        new TextDocumentIdentifier(uri), new FormattingOptions(2, true))).get(EditorSession.WAIT_S, TimeUnit.SECONDS);
  }

  @Test
  void formatDocumentGivesConvenioFmtsLayout() throws Exception {
    Path file = dir.resolve("c.convenio");
    Files.writeString(file, """
        contract "C" version 1
        operator ans "123456"
              provider cnpj "1"
           effective 2025-01-01..2025-12-31
        let   reducao  =  20%   // banda
        table taxas_sala columns (code,price: money) {
        "60033011"   R$ 45,00 // sala
          "6003302" R$ 160,00
        }
        """);
    try (EditorSession editor = new EditorSession()) {
      String uri = editor.open(file);
      List<? extends TextEdit> edits = format(editor, uri);
      assertEquals(1, edits.size());
      TextEdit e = edits.get(0);
      // The whole document: from the start to the end of its 9 lines (the last one ends with its line break).
      assertEquals(new Position(0, 0), e.getRange().getStart());
      assertEquals(new Position(9, 0), e.getRange().getEnd());
      assertEquals("""
          contract "C" version 1
            operator ans "123456"
            provider cnpj "1"
            effective 2025-01-01 .. 2025-12-31
          let reducao = 20%  // banda
          table taxas_sala columns (code, price: money) {
            "60033011"  R$ 45,00  // sala
            "6003302"   R$ 160,00
          }
          """, e.getNewText());
    }
  }

  /** Started in Portuguese (its locale, or convenio lsp --lang pt), the server refuses a rename in Portuguese. */
  @Test
  void inPortugueseItsRefusalsArePortuguese() throws Exception {
    Path file = dir.resolve("c.convenio");
    Files.writeString(file, "contract \"C\" version 1\n  effective 2025-01-01\n");
    convenio.i18n.Lang before = convenio.i18n.Lang.current();
    convenio.i18n.Lang.setDefault(convenio.i18n.Lang.PT);
    try (EditorSession editor = new EditorSession()) {
      String uri = editor.open(file);
      // Character 2 of line 0 is inside the keyword "contract": no name to rename there.
      java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
          java.util.concurrent.ExecutionException.class, () -> editor.server.getTextDocumentService()
              .prepareRename(new org.eclipse.lsp4j.PrepareRenameParams(new TextDocumentIdentifier(uri),
                  new Position(0, 2))).get(EditorSession.WAIT_S, TimeUnit.SECONDS));
      assertTrue(e.getCause().getMessage().contains("não há nenhum nome aqui para renomear"),
          e.getCause().getMessage());
    } finally {
      convenio.i18n.Lang.setDefault(before);
    }
  }

  @Test
  void aFormattedDocumentOrOneWithSyntaxErrorsGetsNoEdit() throws Exception {
    Path formatted = dir.resolve("ok.convenio");
    Files.writeString(formatted, "contract \"C\" version 1\n  effective 2025-01-01\n");
    Path broken = dir.resolve("broken.convenio");
    Files.writeString(broken, "contract \"C\" version 1\nprice procedure = \n");
    try (EditorSession editor = new EditorSession()) {
      assertTrue(format(editor, editor.open(formatted)).isEmpty());
      assertTrue(format(editor, editor.open(broken)).isEmpty());
      assertTrue(editor.initialized.getCapabilities().getDocumentFormattingProvider().getLeft());
    }
  }
}
