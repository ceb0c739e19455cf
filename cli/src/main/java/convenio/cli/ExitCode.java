package convenio.cli;

/**
 * What a command's exit status means, the same in every command (docs/commands.md, "Exit codes"): scripts and CI
 * can tell a contract with errors from a wrong command line from a file that could not be read.
 */
final class ExitCode {
  private ExitCode() {}

  /** Done: everything checked, priced, explained, compiled, passed. */
  static final int OK = 0;
  /** The input is wrong: the contract (or a case file) has errors, a test case failed. */
  static final int INPUT_ERRORS = 1;
  /** The command line is wrong: an unknown or missing option, options that conflict, an ambiguous request. */
  static final int USAGE = 2;
  /** A file could not be read, priced or written, or holds nothing to work on (the others were done). */
  static final int FILES = 3;
}
