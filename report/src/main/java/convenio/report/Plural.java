package convenio.report;

/** Counts in messages, in the form English wants: {@code 1 guide}, {@code 2 guides}, {@code 0 items}. */
public final class Plural {
  private Plural() {}

  /** {@code of(1, "guide")} is "1 guide", {@code of(3, "guide")} "3 guides". */
  public static String of(long n, String singular) {
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
