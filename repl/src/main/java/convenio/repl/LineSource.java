package convenio.repl;

/** Where the REPL's inputs come from: a terminal with line editing, or piped text. */
interface LineSource extends AutoCloseable {
  /** The next complete input (its lines joined by newlines), or null at the end of the input. */
  String next();

  @Override
  default void close() {}
}
