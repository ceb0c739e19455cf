package convenio.tiss;

import convenio.model.Account;
import java.util.List;

/** A lote read whole: the account and what was found while reading it. */
public record TissReadResult(Account account, LoteSummary summary) {

  public List<TissProblem> problems() {
    return summary.problems();
  }

  public HashCheck hash() {
    return summary.hash();
  }
}
