package convenio.report;

/**
 * Counts in messages: {@code 1 guide}, {@code 2 guides}, {@code 0 items}; in Portuguese {@code 1 guia},
 * {@code 2 itens}. The nouns the reports count are in the bundle ({@code noun.<word>.one} / {@code .other}); any
 * other word gets the English plural.
 */
public final class Plural {
  private Plural() {}

  /** {@code of(1, "guide")} is "1 guide", {@code of(3, "guide")} "3 guides" (in Portuguese "3 guias"). */
  public static String of(long n, String singular) {
    String key = "noun." + singular.replace(' ', '_') + (n == 1 ? ".one" : ".other");
    if (Texts.M.has(key)) return Texts.M.get(key, n);
    return n + " " + (n == 1 ? singular : plural(singular));
  }

  private static String plural(String word) {
    if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) return word + "es";
    if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }
}
