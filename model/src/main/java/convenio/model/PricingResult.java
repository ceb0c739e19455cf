package convenio.model;

import convenio.i18n.Messages;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The result of pricing an account with one contract version. {@code contractId}, {@code contractVersion}
 * and {@code artifactHash} say exactly which compiled contract priced it, so a past result can be re-priced.
 */
public record PricingResult(
    Account account,
    String contractId,
    String contractVersion,
    String artifactHash,
    List<GuideResult> guides,
    Totals totals) {
  private static final Messages M = Messages.of(PricingResult.class, "convenio.model.messages");

  public PricingResult {
    guides = List.copyOf(guides);
    // summed in cents, one Totals at the end: the same sums as Totals.plus, exact
    long presented = 0, paid = 0, glosed = 0, raised = 0;
    for (int i = 0, n = guides.size(); i < n; i++) {
      Totals t = guides.get(i).totals();
      presented = Math.addExact(presented, t.presented().cents());
      paid = Math.addExact(paid, t.paid().cents());
      glosed = Math.addExact(glosed, t.glosed().cents());
      raised = Math.addExact(raised, t.raised().cents());
    }
    Totals sum = guides.isEmpty() ? Totals.ZERO : new Totals(Money.ofCents(presented), Money.ofCents(paid),
        Money.ofCents(glosed), Money.ofCents(raised));
    if (totals == null) totals = sum;
    else if (!totals.equals(sum)) throw new ReconciliationException(M.get("reconcile.lote", totals, sum));
  }

  public PricingResult(Account account, String contractId, String contractVersion, String artifactHash,
      List<GuideResult> guides) {
    this(account, contractId, contractVersion, artifactHash, guides, null);
  }

  public PricingResult withGuides(List<GuideResult> newGuides) {
    return new PricingResult(account, contractId, contractVersion, artifactHash, newGuides, null);
  }

  /** The result of the guide with this provider's number (numeroGuiaPrestador). */
  public GuideResult guide(String number) {
    for (GuideResult g : guides) if (g.guide().number().equals(number)) return g;
    throw new NoSuchElementException(M.get("result.no.guide", number));
  }
}
