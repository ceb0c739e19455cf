package convenio.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The languages of Convenio's user-facing texts: Brazilian Portuguese and English. Only the words change: diagnostic
 * codes, JSON keys, TISS codes and exit codes are the same in both.
 *
 * <p>The language is chosen once per process, as POSIX programs do: the {@code convenio.lang} system property (what
 * {@code --lang} and the test runs set), else the first of {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} that is
 * set and not empty; a value starting with {@code pt} (pt_BR.UTF-8, pt-BR, pt) chooses Portuguese, anything else
 * (C, POSIX, en_US.UTF-8) English. A server answering several clients may override it per request with {@link #with}.
 */
public enum Lang {
  EN(Locale.ROOT),
  PT(Locale.forLanguageTag("pt-BR"));

  /** The system property that fixes the language for a whole process (tests, embedding). */
  public static final String PROPERTY = "convenio.lang";

  private static volatile Lang processDefault;
  private static final ThreadLocal<Lang> OVERRIDE = new ThreadLocal<>();

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale its resource bundles are looked up with: the root bundle is English, {@code _pt} Portuguese. */
  public Locale locale() {
    return locale;
  }

  /** The language of texts written now, on this thread. */
  public static Lang current() {
    Lang o = OVERRIDE.get();
    if (o != null) return o;
    Lang d = processDefault;
    if (d == null) {
      String prop = System.getProperty(PROPERTY);
      d = prop != null && !prop.isBlank() ? parse(prop) : fromEnvironment(System.getenv());
      processDefault = d;
    }
    return d;
  }

  /** Fixes the process's language (the {@code --lang} option). */
  public static void setDefault(Lang lang) {
    processDefault = lang;
  }

  /** Runs {@code body} with this thread's texts in {@code lang} (one HTTP request in the client's language). */
  public static <T> T with(Lang lang, Supplier<T> body) {
    Lang before = OVERRIDE.get();
    OVERRIDE.set(lang);
    try {
      return body.get();
    } finally {
      if (before == null) OVERRIDE.remove(); else OVERRIDE.set(before);
    }
  }

  /** The POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; unset or unknown means English. */
  public static Lang fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) return startsWithPt(v) ? PT : EN;
    }
    return EN;
  }

  /**
   * Reads {@code pt}, {@code pt_BR}, {@code pt-BR.UTF-8}, {@code en}, {@code en_US}, … (case ignored).
   *
   * @throws IllegalArgumentException naming the accepted values, for anything else
   */
  public static Lang parse(String text) {
    String v = text.trim().toLowerCase(Locale.ROOT);
    if (startsWithPt(v)) return PT;
    if (v.equals("en") || v.startsWith("en_") || v.startsWith("en-") || v.startsWith("en.")
        || v.equals("c") || v.startsWith("c.") || v.equals("posix")) {
      return EN;
    }
    throw new IllegalArgumentException(Messages.of(Lang.class, "convenio.model.messages")
        .in(languageOfAnError(), "lang.unknown", text));
  }

  /**
   * The language of {@link #parse}'s refusal: what {@link #current()} would say, without asking it (it parses the
   * {@code convenio.lang} property itself, and a wrong value there would ask again forever).
   */
  private static Lang languageOfAnError() {
    Lang o = OVERRIDE.get();
    if (o != null) return o;
    return processDefault != null ? processDefault : fromEnvironment(System.getenv());
  }

  private static boolean startsWithPt(String v) {
    String s = v.toLowerCase(Locale.ROOT);
    return s.equals("pt") || s.startsWith("pt_") || s.startsWith("pt-") || s.startsWith("pt.");
  }
}
