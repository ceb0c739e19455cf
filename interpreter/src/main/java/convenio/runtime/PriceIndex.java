package convenio.runtime;

import convenio.common.PriceRank;
import convenio.model.ItemKind;
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
  /** The general rules an item of each kind can meet (a rule's selector names its kinds), in the order written. */
  private final List<List<Rules.Price>> generalByKind;

  private PriceIndex(Map<String, List<Rules.Price>> specific, List<Rules.Price> general) {
    this.specific = specific;
    this.general = general;
    List<List<Rules.Price>> byKind = new ArrayList<>();
    for (ItemKind k : ItemKind.values()) {
      List<Rules.Price> of = new ArrayList<>();
      for (Rules.Price p : general) if (p.matcher().kinds().contains(k)) of.add(p);
      byKind.add(List.copyOf(of));
    }
    this.generalByKind = List.copyOf(byKind);
  }

  public static PriceIndex of(List<Rules.Price> prices) {
    Map<String, List<Rules.Price>> byCode = new HashMap<>();
    List<Rules.Price> general = new ArrayList<>();
    for (Rules.Price p : prices) {
      String code = p.tier() == PriceRank.Tier.SPECIFIC && p.matcher().codes() != null ? p.matcher().codes().single() : null;
      if (code != null) byCode.computeIfAbsent(code, k -> new ArrayList<>(1)).add(p);
      else general.add(p);
    }
    Map<String, List<Rules.Price>> frozen = new HashMap<>();
    byCode.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PriceIndex(Map.copyOf(frozen), List.copyOf(general));
  }

  public List<Rules.Price> specific(String code) {
    if (specific.isEmpty()) return List.of(); // most contracts price by table: no probe per item
    List<Rules.Price> l = code == null ? null : specific.get(code);
    return l == null ? List.of() : l;
  }

  public List<Rules.Price> general() {
    return general;
  }

  /**
   * The general rules whose selector takes items of {@code kind}, in the order written: the others cannot match an
   * item of that kind (none can match an item without a kind).
   */
  public List<Rules.Price> general(ItemKind kind) {
    return kind == null ? List.of() : generalByKind.get(kind.ordinal());
  }
}
