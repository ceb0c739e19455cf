package convenio.report;

import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changes when the same accounts are priced under two contract versions: the items whose paid value or glosas
 * differ, the paid difference per code, and the totals before and after. Items are matched by guide number and seq
 * (the same account is priced twice, so both results hold the same items).
 */
public final class ResultDiff {
  /** One item priced differently; {@code source} names the account file. */
  public record ItemChange(String source, String guide, int seq, String code, String description, Money paidBefore,
      Money paidAfter, Money glosedBefore, Money glosedAfter, String glosasBefore, String glosasAfter,
      List<Glosa> glosaListBefore, List<Glosa> glosaListAfter) {
    public Money difference() {
      return paidAfter.minus(paidBefore);
    }
  }

  /** The paid value of every item of one code, before and after, over all accounts compared. */
  public record CodeChange(String code, int items, Money paidBefore, Money paidAfter) {
    public Money difference() {
      return paidAfter.minus(paidBefore);
    }
  }

  private final List<ItemChange> items = new ArrayList<>();
  private final Map<String, CodeChange> codes = new TreeMap<>();
  private Totals before = Totals.ZERO;
  private Totals after = Totals.ZERO;
  private int itemsCompared;
  private int accounts;

  /** Which compiled contract priced each side: id, version and artifact hash (from the first account compared). */
  public record Side(String id, String version, String hash) {}

  private Side beforeContract;
  private Side afterContract;

  /** Adds one account priced both ways. */
  public void add(String source, PricingResult a, PricingResult b) {
    accounts++;
    if (beforeContract == null) {
      beforeContract = new Side(a.contractId(), a.contractVersion(), a.artifactHash());
      afterContract = new Side(b.contractId(), b.contractVersion(), b.artifactHash());
    }
    before = before.plus(a.totals());
    after = after.plus(b.totals());
    for (GuideResult ga : a.guides()) {
      GuideResult gb = b.guides().stream().filter(g -> Objects.equals(g.guide().number(), ga.guide().number()))
          .findFirst().orElse(null);
      for (ItemResult ia : ga.items()) {
        ItemResult ib = gb == null ? null : gb.items().stream().filter(i -> i.item().seq() == ia.item().seq())
            .findFirst().orElse(null);
        if (ib == null) continue; // cannot happen for one account priced twice; nothing to compare with
        itemsCompared++;
        String code = ia.item().code();
        CodeChange c = codes.get(code);
        codes.put(code, c == null ? new CodeChange(code, 1, ia.paid(), ib.paid())
            : new CodeChange(code, c.items() + 1, c.paidBefore().plus(ia.paid()), c.paidAfter().plus(ib.paid())));
        String gla = glosas(ia);
        String glb = glosas(ib);
        if (!ia.paid().equals(ib.paid()) || !gla.equals(glb)) {
          items.add(new ItemChange(source, ga.guide().number(), ia.item().seq(), code, ia.item().description(),
              ia.paid(), ib.paid(), ia.glosed(), ib.glosed(), gla, glb, ia.glosas(), ib.glosas()));
        }
      }
    }
  }

  public List<ItemChange> items() {
    return List.copyOf(items);
  }

  /** Only the codes whose paid total changed, by code. */
  public List<CodeChange> codes() {
    return codes.values().stream().filter(c -> !c.difference().isZero()).toList();
  }

  public Totals before() {
    return before;
  }

  public Totals after() {
    return after;
  }

  /** Null until an account was compared. */
  public Side beforeContract() {
    return beforeContract;
  }

  public Side afterContract() {
    return afterContract;
  }

  public int itemsCompared() {
    return itemsCompared;
  }

  public int accounts() {
    return accounts;
  }

  /** {@code 1705 R$ 20,00; 2007 R$ 5,75}, or empty. */
  static String glosas(ItemResult r) {
    List<String> parts = new ArrayList<>();
    for (Glosa g : r.glosas()) parts.add(g.code() + " " + g.value().format());
    return String.join("; ", parts);
  }

  /** {@code +R$ 20,00}, {@code -R$ 5,00}, {@code R$ 0,00}. */
  public static String signed(Money m) {
    return m.isNegative() || m.isZero() ? m.format() : "+" + m.format();
  }
}
