package convenio.lsp;

import convenio.i18n.Messages;

/**
 * The language server's texts (hovers, refusals) in both languages (convenio/lsp/messages*.properties), in the
 * language of the process the editor started: its locale, or {@code convenio lsp --lang pt}.
 */
final class LspTexts {
  static final Messages M = Messages.of(LspTexts.class, "convenio.lsp.messages");

  private LspTexts() {}
}
