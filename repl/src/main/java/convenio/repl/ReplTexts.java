package convenio.repl;

import convenio.i18n.Messages;

/** The REPL's texts in both languages (convenio/repl/messages*.properties). */
final class ReplTexts {
  static final Messages M = Messages.of(ReplTexts.class, "convenio.repl.messages");

  private ReplTexts() {}
}
