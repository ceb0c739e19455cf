package convenio.history;

import convenio.i18n.Messages;

/** The glosa history's texts in both languages (convenio/history/messages*.properties). */
final class HistoryTexts {
  static final Messages M = Messages.of(HistoryTexts.class, "convenio.history.messages");

  private HistoryTexts() {}

  /** A list of texts written in the bundle as one, with {@code |} between them. */
  static java.util.List<String> list(String key) {
    return java.util.List.of(M.get(key).split("\\|", -1));
  }

  /** The heading of a dimension's column. */
  static String dimension(Dimension d) {
    return M.get("dim." + d.key());
  }
}
