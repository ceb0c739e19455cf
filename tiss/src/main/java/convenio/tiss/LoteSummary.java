package convenio.tiss;

import java.util.List;

/**
 * What reading a lote found besides its guides.
 *
 * @param release        the release the message was read as (its Padrao, or 4.03.00 when the Padrao is unknown)
 * @param validated      whether the message was validated against its schema
 * @param guidesRead     guides delivered
 * @param guidesSkipped  guides that could not be read (each is an ERROR problem naming it)
 * @param problems       the first problems found (see {@link ReadOptions#keepProblems()}); counts are of all
 * @param hash           the epilogo hash as found and as computed
 */
public record LoteSummary(LoteHeader header, TissRelease release, boolean validated, int guidesRead,
    int guidesSkipped, int errors, int warnings, List<TissProblem> problems, HashCheck hash) {

  public LoteSummary {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return errors > 0;
  }
}
