package convenio.cases;

import convenio.model.PricingResult;
import java.util.List;

/**
 * How one case went. BROKEN means it could not be judged (the contract does not compile, the account cannot be
 * read, the engine failed): {@code message} says why. FAILED carries the mismatches and the result they came from.
 */
public record CaseResult(TestCase testCase, Status status, List<Mismatch> mismatches, String message,
    PricingResult result, long millis) {

  public enum Status { PASSED, FAILED, SKIPPED, BROKEN }

  public CaseResult {
    mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
  }

  public boolean ok() {
    return status == Status.PASSED || status == Status.SKIPPED;
  }
}
