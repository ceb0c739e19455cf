package convenio.repl;

import static convenio.repl.ReplTexts.M;

import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the items {@code why} and {@code explain} talk about. An item is named by its code (what an analyst reads on
 * the demonstrativo) or by its sequence in the guide; a guide by the provider's number or the operator's.
 */
final class ItemFinder {
  private ItemFinder() {}

  /** Items of guide {@code guide} (any guide when null) whose code is {@code item}, else whose sequence is. */
  static List<ReplSession.Found> find(List<PricingResult> results, String guide, String item) {
    List<ReplSession.Found> byCode = new ArrayList<>();
    List<ReplSession.Found> bySeq = new ArrayList<>();
    for (PricingResult r : results) {
      for (GuideResult g : r.guides()) {
        if (guide != null && !guide.equals(g.guide().number()) && !guide.equals(g.guide().operatorNumber())) continue;
        for (ItemResult i : g.items()) {
          if (item.equals(i.item().code())) byCode.add(new ReplSession.Found(g, i));
          if (item.equals(String.valueOf(i.item().seq()))) bySeq.add(new ReplSession.Found(g, i));
        }
      }
    }
    return byCode.isEmpty() ? bySeq : byCode;
  }

  /** " (guides: 123, 456 …)" to help with a guide or item that was not found. */
  static String guidesHint(List<LoadedAccount> accounts) {
    Set<String> numbers = new LinkedHashSet<>();
    for (LoadedAccount a : accounts) a.account().guides().forEach(g -> numbers.add(g.number()));
    if (numbers.isEmpty()) return "";
    List<String> first = new ArrayList<>(numbers).subList(0, Math.min(8, numbers.size()));
    return M.get("guides.hint", String.join(", ", first) + (numbers.size() > 8 ? " …" : ""));
  }
}
