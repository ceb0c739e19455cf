package convenio.compile;

import convenio.i18n.Messages;

/**
 * The texts of the failures compiled expressions raise while pricing (each becomes a critique on its guide), in both
 * languages; they are the runtime's evaluation texts, so they live in its bundle beside the others.
 */
final class EvalTexts {
  static final Messages M = Messages.of(EvalTexts.class, "convenio.runtime.messages");

  private EvalTexts() {}
}
