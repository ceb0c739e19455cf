package convenio.report;

import convenio.i18n.Messages;

/** The reports' texts in both languages (convenio/report/messages*.properties). */
final class Texts {
  static final Messages M = Messages.of(Texts.class, "convenio.report.messages");

  private Texts() {}

  /** A table's column headers, written in the bundle as one text with {@code |} between them. */
  static String[] columns(String key) {
    return M.get(key).split("\\|", -1);
  }
}
