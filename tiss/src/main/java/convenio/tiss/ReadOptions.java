package convenio.tiss;

/**
 * How a message is read.
 *
 * @param validate      also validate against the schema of the message's own Padrao (in the same pass)
 * @param maxTextChars  the longest text value accepted; a longer one refuses the whole message (default 1,000,000)
 * @param keepProblems  how many problems a result keeps in memory (all are counted and passed to listeners)
 */
public record ReadOptions(boolean validate, long maxTextChars, int keepProblems) {
  public static final long DEFAULT_MAX_TEXT_CHARS = 1_000_000;
  public static final ReadOptions DEFAULTS = new ReadOptions(false, DEFAULT_MAX_TEXT_CHARS, 1000);

  public ReadOptions {
    if (maxTextChars < 1) throw new IllegalArgumentException("maxTextChars must be positive");
    if (keepProblems < 0) throw new IllegalArgumentException("keepProblems cannot be negative");
  }

  public ReadOptions withValidation(boolean on) {
    return new ReadOptions(on, maxTextChars, keepProblems);
  }

  public ReadOptions withMaxTextChars(long max) {
    return new ReadOptions(validate, max, keepProblems);
  }

  public ReadOptions withKeepProblems(int n) {
    return new ReadOptions(validate, maxTextChars, n);
  }
}
