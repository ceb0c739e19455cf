package convenio.server;

import convenio.i18n.Lang;
import convenio.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The service's error messages in both languages (convenio/server/messages*.properties), and the language of one
 * request: the first of pt and en its {@code Accept-Language} prefers (RFC 9110 section 12.5.4, weights honoured), else
 * the server's own. Codes, JSON keys and statuses are the same in both.
 */
final class ServerTexts {
  static final Messages M = Messages.of(ServerTexts.class, "convenio.server.messages");

  private ServerTexts() {}

  static Lang language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) return Lang.current();
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return Lang.current();
    }
    for (Locale.LanguageRange r : ranges) {
      if (r.getWeight() <= 0) continue;
      String tag = r.getRange().toLowerCase(Locale.ROOT);
      if (tag.equals("pt") || tag.startsWith("pt-")) return Lang.PT;
      if (tag.equals("en") || tag.startsWith("en-")) return Lang.EN;
    }
    return Lang.current();
  }
}
