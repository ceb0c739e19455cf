package convenio.cases;

import java.nio.file.Path;

/**
 * One analyst's case: an account, the contract to price it with, and what is expected of the result.
 *
 * @param contract the .convenio file, already resolved against the case file's folder
 * @param skip     the reason the case is not run, or null
 */
public record TestCase(String name, String description, Path file, int line, Path contract, AccountRef account,
    Expectations expect, String skip) {

  /** "file:line", how reports point at the case. */
  public String where() {
    return file + ":" + line;
  }
}
