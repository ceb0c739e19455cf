package convenio.tiss;

import convenio.i18n.Messages;

/**
 * The texts of reading an account (YAML, JSON) and of an item's values, in both languages
 * (convenio/tiss/messages*.properties). Element and key names stay as the standard and docs/account-format.md write
 * them.
 */
final class TissTexts {
  static final Messages M = Messages.of(TissTexts.class, "convenio.tiss.messages");

  private TissTexts() {}
}
