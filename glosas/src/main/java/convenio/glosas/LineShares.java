package convenio.glosas;

import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.tiss.AnaliseConta;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which billed item each line of a guide in the demonstrativo answers, and for what part of it. Usually one line is
 * one item (same sequencialItem and code, same quantity). An operator may answer one billed item as several lines,
 * a daily rate of 3 days as 3 lines of 1 day: the lines of one code and sequencialItem, or lines renumbered whose
 * quantities add up to the item's, share the item, each taking what the contract pays for the item times its
 * quantity over the lines' total quantity, rounded half up to the cent, the last line taking what is left so the
 * shares add up to the item exactly.
 */
final class LineShares {
  private final Map<AnaliseConta.ItemAnalisado, GlosaDispute.Share> shares = new IdentityHashMap<>();

  private LineShares() {}

  GlosaDispute.Share of(AnaliseConta.ItemAnalisado line) {
    return shares.get(line);
  }

  static LineShares of(GuideResult priced, AnaliseConta.GuiaAnalisada guide) {
    LineShares out = new LineShares();
    Set<ItemResult> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<AnaliseConta.ItemAnalisado> left = new ArrayList<>();
    // 1. Lines grouped by sequencialItem and code, against the billed item of that sequence and code.
    Map<String, List<AnaliseConta.ItemAnalisado>> bySeq = guide.items().stream().collect(Collectors.groupingBy(
        i -> i.seq() + "|" + i.code(), LinkedHashMap::new, Collectors.toList()));
    for (List<AnaliseConta.ItemAnalisado> lines : bySeq.values()) {
      AnaliseConta.ItemAnalisado first = lines.get(0);
      ItemResult item = null;
      for (ItemResult r : priced.items()) {
        if (r.item().seq() == first.seq() && r.item().code().equals(first.code()) && !used.contains(r)) {
          item = r;
          break;
        }
      }
      // One line of another quantity than the item's may be a day of a split renumbered by the operator: step 2.
      if (item == null || lines.size() == 1 && !sameQuantity(first, item) && others(guide, first)) {
        left.addAll(lines);
        continue;
      }
      used.add(item);
      out.share(item, lines);
    }
    // 2. Lines left, per code in document order, against the unused items of that code in sequence order, each item
    //    taking lines until their quantities reach its own.
    Map<String, List<AnaliseConta.ItemAnalisado>> byCode = left.stream().collect(Collectors.groupingBy(
        AnaliseConta.ItemAnalisado::code, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<String, List<AnaliseConta.ItemAnalisado>> e : byCode.entrySet()) {
      List<ItemResult> items = priced.items().stream()
          .filter(r -> r.item().code().equals(e.getKey()) && !used.contains(r))
          .sorted(java.util.Comparator.comparingInt(r -> r.item().seq())).toList();
      int next = 0;
      List<AnaliseConta.ItemAnalisado> lines = e.getValue();
      int at = 0;
      while (at < lines.size() && next < items.size()) {
        ItemResult item = items.get(next++);
        BigDecimal need = quantity(item);
        List<AnaliseConta.ItemAnalisado> group = new ArrayList<>();
        BigDecimal got = BigDecimal.ZERO;
        while (at < lines.size() && (group.isEmpty() || got.compareTo(need) < 0)) {
          group.add(lines.get(at));
          got = got.add(quantity(lines.get(at)));
          at++;
        }
        used.add(item);
        out.share(item, group);
      }
    }
    return out;
  }

  /** The item's value shared among its lines by quantity (one line: the whole value). */
  private void share(ItemResult item, List<AnaliseConta.ItemAnalisado> lines) {
    if (lines.size() == 1) {
      shares.put(lines.get(0), new GlosaDispute.Share(item, 1, 1, item.paid()));
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (AnaliseConta.ItemAnalisado l : lines) total = total.add(quantity(l));
    Money given = Money.ZERO;
    for (int k = 0; k < lines.size(); k++) {
      AnaliseConta.ItemAnalisado l = lines.get(k);
      Money value = k == lines.size() - 1 ? item.paid().minus(given)
          : Money.of(item.paid().toBigDecimal().multiply(quantity(l)).divide(total, 2, RoundingMode.HALF_UP));
      given = given.plus(value);
      shares.put(l, new GlosaDispute.Share(item, k + 1, lines.size(), value));
    }
  }

  private static boolean others(AnaliseConta.GuiaAnalisada guide, AnaliseConta.ItemAnalisado line) {
    return guide.items().stream().anyMatch(i -> i != line && i.code().equals(line.code()));
  }

  private static boolean sameQuantity(AnaliseConta.ItemAnalisado line, ItemResult item) {
    return quantity(line).compareTo(quantity(item)) == 0;
  }

  private static BigDecimal quantity(AnaliseConta.ItemAnalisado line) {
    return line.quantity() == null || line.quantity().signum() == 0 ? BigDecimal.ONE : line.quantity();
  }

  private static BigDecimal quantity(ItemResult item) {
    BigDecimal q = item.item().quantity();
    return q == null || q.signum() == 0 ? BigDecimal.ONE : q;
  }
}
