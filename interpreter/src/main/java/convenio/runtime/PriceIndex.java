package convenio.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The price rules an item can meet, found without scanning them all: specific rules (one code each; contracts
 * negotiate thousands) by code, the others in the order written.
 */
public final class PriceIndex {
  private final Map<String, List<Rules.Price>> specific;
  private final List<Rules.Price> general;

  private PriceIndex(Map<String, List<Rules.Price>> specific, List<Rules.Price> general) {
    this.specific = specific;
    this.general = general;
  }

  public static PriceIndex of(List<Rules.Price> prices) {
    Map<String, List<Rules.Price>> byCode = new HashMap<>();
    List<Rules.Price> general = new ArrayList<>();
    for (Rules.Price p : prices) {
      String code = p.tier() == Rules.Tier.SPECIFIC && p.matcher().codes() != null ? p.matcher().codes().single() : null;
      if (code != null) byCode.computeIfAbsent(code, k -> new ArrayList<>(1)).add(p);
      else general.add(p);
    }
    Map<String, List<Rules.Price>> frozen = new HashMap<>();
    byCode.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PriceIndex(Map.copyOf(frozen), List.copyOf(general));
  }

  public List<Rules.Price> specific(String code) {
    List<Rules.Price> l = code == null ? null : specific.get(code);
    return l == null ? List.of() : l;
  }

  public List<Rules.Price> general() {
    return general;
  }
}
