package convenio.i18n;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user-facing text kept as its bundle key and arguments, written out in a language only when it is read: a
 * diagnostic made once (a contract compiled at start-up) can be printed later in the language of whoever reads it (a
 * server answering each client in its own language). Arguments that are themselves {@code Text} are written in the
 * same language; other arguments with {@code String.valueOf}. A {@linkplain #literal literal} is a text that is the
 * same in every language (an analyst's own words, a message from a library).
 */
public final class Text {
  private final Messages bundle;
  private final String key;
  private final Object[] args;

  private Text(Messages bundle, String key, Object[] args) {
    this.bundle = bundle;
    this.key = key;
    this.args = args;
  }

  static Text of(Messages bundle, String key, Object... args) {
    return new Text(Objects.requireNonNull(bundle), Objects.requireNonNull(key), args.clone());
  }

  /** A text the same in every language; null stays null (an absent hint). */
  public static Text literal(String text) {
    return text == null ? null : new Text(null, text, new Object[0]);
  }

  /** The text in {@code lang}. */
  public String in(Lang lang) {
    return bundle == null ? key : bundle.in(lang, key, args);
  }

  /** The text in the current language ({@link Lang#current()}). */
  public String get() {
    return in(Lang.current());
  }

  /** The bundle key, or for a literal its text. */
  public String key() {
    return key;
  }

  public boolean isLiteral() {
    return bundle == null;
  }

  @Override
  public String toString() {
    return get();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text t && key.equals(t.key) && Arrays.equals(args, t.args)
        && (bundle == null ? t.bundle == null : t.bundle != null && bundle.baseName().equals(t.bundle.baseName()));
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + Arrays.hashCode(args);
  }
}
