package convenio.runtime;

import convenio.i18n.Lang;
import convenio.model.Account;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import convenio.model.TraceOnDemand;
import java.util.List;

/**
 * The explanations of an account priced without its trace: the first item whose trace is read has the whole account
 * priced again with the trace on (once, whichever thread asks), and every item of the account reads its events there.
 * The rules and the account never change, so the second pricing takes the same steps as the first; it runs in the
 * language of the first, so a text a step writes at once (an unpriced reason, say) is the same too. The texts written
 * when read are written in the reader's language, as for a trace kept.
 */
final class Retrace implements TraceOnDemand.Source {
  private final ContractRules rules;
  private final Account account;
  /** The language the account was priced in: the texts a step writes at once are written in it again. */
  private final Lang lang;
  private volatile PricingResult traced;

  Retrace(ContractRules rules, Account account) {
    this.rules = rules;
    this.account = account;
    this.lang = Lang.current();
  }

  @Override
  public List<TraceEvent> trace(int guide, int item) {
    PricingResult r = traced;
    if (r == null) {
      synchronized (this) {
        r = traced;
        if (r == null) traced = r = Lang.with(lang, () -> Pricer.price(rules, account, null, null, null, true));
      }
    }
    return r.guides().get(guide).items().get(item).trace();
  }
}
