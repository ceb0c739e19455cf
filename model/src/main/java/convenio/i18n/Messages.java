package convenio.i18n;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One module's user-facing texts, in both languages, from Java resource bundles: {@code <base>.properties} is English
 * (the root bundle) and {@code <base>_pt.properties} Brazilian Portuguese, both UTF-8. A module keeps one instance in a
 * constant, e.g. {@code static final Messages M = Messages.of(Foo.class, "convenio.cli.messages")}, and writes
 * {@code M.get("price.done", count)}.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, …, replaced by {@code String.valueOf(arg)}. Unlike
 * {@link java.text.MessageFormat} nothing else is special (an apostrophe is an apostrophe, numbers are not
 * re-formatted): money and dates are formatted by the caller, explicitly, the same way in both languages.
 *
 * <p>Every key must exist in both files with the same placeholders; a test over every bundle of the build fails
 * otherwise. A key missing at run time prints as {@code ‹key›} rather than failing the user's command.
 */
public final class Messages {
  private final String baseName;
  private final ClassLoader loader;
  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  private Messages(String baseName, ClassLoader loader) {
    this.baseName = baseName;
    this.loader = loader;
  }

  /** The bundle {@code baseName} (dotted, e.g. {@code convenio.cli.messages}), found by {@code owner}'s loader. */
  public static Messages of(Class<?> owner, String baseName) {
    return new Messages(baseName, owner.getClassLoader());
  }

  /** The text of {@code key} in the current language ({@link Lang#current()}), placeholders filled. */
  public String get(String key, Object... args) {
    return in(Lang.current(), key, args);
  }

  /** The text of {@code key} in {@code lang}. */
  public String in(Lang lang, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(lang).getString(key);
    } catch (MissingResourceException e) {
      return "‹" + key + "›";
    }
    return fill(pattern, localized(lang, args));
  }

  /** The text of {@code key} as a {@link Text}: written out in a language only when it is read. */
  public Text text(String key, Object... args) {
    return Text.of(this, key, args);
  }

  /** Arguments that are texts themselves are written in the same language as the text around them. */
  private static Object[] localized(Lang lang, Object[] args) {
    Object[] out = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Text t) {
        if (out == null) out = args.clone();
        out[i] = t.in(lang);
      }
    }
    return out == null ? args : out;
  }

  /** Whether {@code key} exists in the current language (for optional texts such as hints). */
  public boolean has(String key) {
    return bundle(Lang.current()).containsKey(key);
  }

  public String baseName() {
    return baseName;
  }

  private ResourceBundle bundle(Lang lang) {
    // Read without a lock once loaded: pricing threads write explanation texts concurrently.
    ResourceBundle loaded = cache[lang.ordinal()];
    if (loaded != null) return loaded;
    synchronized (bundles) {
      ResourceBundle b = bundles.computeIfAbsent(lang, l -> ResourceBundle.getBundle(baseName, l.locale(), loader,
          // No fallback to the JVM's default locale: English asked for is English on a pt_BR machine too.
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
      cache[lang.ordinal()] = b;
      return b;
    }
  }

  /** The loaded bundles by language; an element is written once, and a ResourceBundle is safe to share. */
  private final ResourceBundle[] cache = new ResourceBundle[Lang.values().length];

  /** Replaces {@code {n}} by the n-th argument; any other brace is kept as written. */
  static String fill(String pattern, Object... args) {
    if (args.length == 0 || pattern.indexOf('{') < 0) return pattern;
    StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = pattern.indexOf('}', i + 1);
        if (close > i + 1 && allDigits(pattern, i + 1, close)) {
          int n = Integer.parseInt(pattern.substring(i + 1, close));
          if (n < args.length) {
            out.append(args[n]);
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean allDigits(String s, int from, int to) {
    if (to - from > 3) return false;
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) return false;
    }
    return true;
  }
}
