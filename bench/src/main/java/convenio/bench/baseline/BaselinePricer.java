package convenio.bench.baseline;

import convenio.bench.workload.PriceTables;
import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.Item;
import convenio.model.ItemKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark contract ({@link convenio.bench.workload.ContractText}) hand-coded in plain Java: what a good
 * programmer would write for this one contract with no language and no interpreter. It is the yardstick of the
 * engine/baseline ratio, and the second opinion the runner compares the engine's totals with.
 *
 * <p>Values are exact: a unit price is a long in units of 10⁻⁸ cent, so the banda, the mark-ups, the participation
 * percentages, the urgency modifier and the route percentages never round; each line is rounded once, half up, to
 * the cent, as the contract's {@code rounding half_up to cents per item} says. Paid = min(presented, allowed) less the
 * units over the daily limit; glosed = presented − paid (unpriced lines are glosed whole).
 */
public final class BaselinePricer {
  private static final long SCALE = 100_000_000L; // 10⁻⁸ cent per unit
  private static final int[] SAME_ROUTE = {100, 50, 40, 30};
  private static final int[] DIFFERENT_ROUTE = {100, 70, 40, 30};
  private static final int ROUTE_THEN = 10;
  private static final long OPME_CAP_CENTS = 2_500_000;

  private final PriceTables t;
  private final int materialsMarkup;
  private final Map<String, Integer> cbhpm;
  private final Map<String, Integer> simpro;
  private final Map<String, Integer> brasindice;
  private final Map<String, Integer> proprios;

  public BaselinePricer(PriceTables tables, int materialsMarkupPercent) {
    this.t = tables;
    this.materialsMarkup = materialsMarkupPercent;
    this.cbhpm = index(tables.cbhpmCodes);
    this.simpro = index(tables.simproCodes);
    this.brasindice = index(tables.brasindiceCodes);
    this.proprios = index(tables.propriosCodes);
  }

  private static Map<String, Integer> index(String[] codes) {
    Map<String, Integer> m = new HashMap<>(codes.length * 2);
    for (int i = 0; i < codes.length; i++) m.put(codes[i], i);
    return m;
  }

  /** Totals of one priced lote, and the per-item paid values when asked for. */
  public static final class Tally {
    public long items;
    public long presentedCents;
    public long paidCents;

    public long glosedCents() {
      return presentedCents - paidCents;
    }
  }

  /**
   * Prices one lote into {@code tally}; when {@code paidByItem} is not null, writes each item's paid cents there in
   * lote order starting at {@code offset}, and returns the next offset.
   */
  public int price(Account lote, Tally tally, long[] paidByItem, int offset) {
    Map<String, int[]> limitCounts = new HashMap<>(); // beneficiary|day|in/out → units seen, in billing order
    List<Guide> guides = lote.guides();
    long[][] unit = new long[guides.size()][];          // contract unit price, 10⁻⁸ cent; -1 when no rule prices it
    long[][] allowedScaled = new long[guides.size()][];
    boolean[][] routed = new boolean[guides.size()][];
    for (int gi = 0; gi < guides.size(); gi++) {
      Guide g = guides.get(gi);
      List<Item> items = g.items();
      int n = items.size();
      unit[gi] = new long[n];
      allowedScaled[gi] = new long[n];
      routed[gi] = new boolean[n];
      for (int i = 0; i < n; i++) {
        Item it = items.get(i);
        unit[gi][i] = unitPrice(it, g);
        routed[gi][i] = unit[gi][i] >= 0 && it.kind() == ItemKind.PROCEDURE && cbhpm.containsKey(it.code());
      }
    }
    applyRoutes(guides, unit, routed, allowedScaled);
    for (int gi = 0; gi < guides.size(); gi++) {
      Guide g = guides.get(gi);
      List<Item> items = g.items();
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        long presented = it.totalValue().cents();
        long paid;
        if (unit[gi][i] < 0) {
          paid = 0; // unpriced: glosa 1707 takes the whole line
        } else {
          if (!routed[gi][i]) allowedScaled[gi][i] = times(unit[gi][i], it.quantity());
          long allowed = roundHalfUp(allowedScaled[gi][i]);
          paid = Math.min(presented, allowed); // the rest is the route glosa (2605/1837/1827) and the excess (1705)
          if (PriceTables.LIMITED.equals(it.code())) paid = limit(it, g, paid, limitCounts);
        }
        tally.items++;
        tally.presentedCents += presented;
        tally.paidCents += paid;
        if (paidByItem != null) paidByItem[offset] = paid;
        offset++;
      }
    }
    return offset;
  }

  /** Price rules, participation by degree and the urgency modifier, as the contract orders them. */
  private long unitPrice(Item it, Guide g) {
    long u;
    switch (it.kind()) {
      case PROCEDURE -> {
        String code = it.code();
        Integer row = cbhpm.get(code);
        long surgeon;
        if (PriceTables.CONSULTATION.equals(code)) surgeon = 18_000 * SCALE;
        else if (PriceTables.LIMITED.equals(code)) surgeon = 4_500 * SCALE;
        else if (row != null) surgeon = (t.porteCents[row] * 110 + t.ucoTenths[row] * 17_500L) * (SCALE / 100);
        else return -1;
        String degree = it.degree();
        // auxiliaries: a share of the surgeon's porte with the banda, not of its UCO (CBHPM Instruções Gerais 5.1)
        if ("01".equals(degree) || "02".equals(degree)) {
          if (row == null) return -1;
          u = t.porteCents[row] * 110 * (SCALE / 100) / 100 * ("01".equals(degree) ? 30 : 20);
        } else if ("06".equals(degree)) {
          if (row == null) return -1;
          u = t.anestCents[row] * SCALE;
        } else u = surgeon;
        if ("2".equals(g.character()) && weekend(it.date())) u = u / 100 * 130;
      }
      case MATERIAL -> {
        Integer row = simpro.get(it.code());
        if (row == null) return -1;
        u = t.pfCents[row] * (100 + materialsMarkup) * (SCALE / 100);
      }
      case MEDICATION -> {
        Integer row = brasindice.get(it.code());
        if (row == null) return -1;
        u = t.pmcCents[row] * 88 * (SCALE / 100);
      }
      case DAILY_RATE, FEE, GAS -> {
        Integer row = proprios.get(it.code());
        if (row == null) return -1;
        u = t.propriosCents[row] * SCALE;
      }
      case OPME -> u = Math.min(it.unitValue().cents(), OPME_CAP_CENTS) * SCALE;
      default -> u = -1;
    }
    return u;
  }

  /**
   * Route reduction: the routed procedures of one beneficiary, date and degree form one ranking across the lote's
   * guides (CBHPM Instruções Gerais item 4; Solus FAQ, "grupo de procedimentos na mesma conta"), by unit value,
   * highest first (ties in billing order), one rank per unit of quantity; the n-th gets the n-th percentage of the
   * same-route list (route 2 or none) or the different-route list (route 3). The anaesthetist (degree 06) ranks on
   * its own: the largest 100%, every other 50% same route or 70% different routes.
   */
  private static void applyRoutes(List<Guide> guides, long[][] unit, boolean[][] routed, long[][] allowedScaled) {
    Map<String, List<long[]>> acts = new java.util.LinkedHashMap<>(); // card|date|degree → {guide, item}, billing order
    for (int gi = 0; gi < guides.size(); gi++) {
      Guide g = guides.get(gi);
      String card = g.beneficiary() == null || g.beneficiary().cardNumber() == null ? "" : g.beneficiary().cardNumber();
      for (int i = 0; i < routed[gi].length; i++) {
        if (!routed[gi][i]) continue;
        Item it = g.items().get(i);
        String degree = it.degree() == null ? "" : it.degree();
        acts.computeIfAbsent(card + '|' + it.date() + '|' + degree, k -> new java.util.ArrayList<>())
            .add(new long[] {gi, i});
      }
    }
    for (List<long[]> act : acts.values()) {
      int count = act.size();
      // Insertion sort (stable): an act has a handful of procedures, and a shared JDK sort's call-site profile would
      // make the baseline's speed depend on what else ran in the JVM.
      for (int k = 1; k < count; k++) {
        long[] x = act.get(k);
        int j = k - 1;
        while (j >= 0 && unit[(int) x[0]][(int) x[1]] > unit[(int) act.get(j)[0]][(int) act.get(j)[1]]) {
          act.set(j + 1, act.get(j));
          j--;
        }
        act.set(j + 1, x);
      }
      int rank = 0;
      for (long[] at : act) {
        int gi = (int) at[0];
        int i = (int) at[1];
        Item it = guides.get(gi).items().get(i);
        boolean different = "3".equals(it.route());
        boolean anaesthetist = "06".equals(it.degree());
        int[] list = different ? DIFFERENT_ROUTE : SAME_ROUTE;
        int qty = it.quantity().intValueExact();
        long sum = 0;
        for (int q = 0; q < qty; q++, rank++) {
          int pct = anaesthetist ? (rank == 0 ? 100 : different ? 70 : 50)
              : rank < list.length ? list[rank] : ROUTE_THEN;
          sum += unit[gi][i] / 100 * pct;
        }
        allowedScaled[gi][i] = sum;
      }
    }
  }

  /** "1 per day outpatient, 2 per day inpatient", per beneficiary, counted over the lote in billing order. */
  private static long limit(Item it, Guide g, long paid, Map<String, int[]> counts) {
    int max = g.inpatient() ? 2 : 1;
    String key = g.beneficiary().cardNumber() + '|' + it.date() + '|' + g.inpatient();
    int[] seen = counts.computeIfAbsent(key, k -> new int[1]);
    int qty = it.quantity().intValueExact();
    int allowedUnits = Math.max(0, Math.min(qty, max - seen[0]));
    seen[0] += qty;
    if (allowedUnits == qty) return paid;
    return paid * allowedUnits / qty; // the units over the limit are glosed with their share of the line (1820)
  }

  /** unit × quantity, exact: quantities have at most one decimal in the workload. */
  private static long times(long unitScaled, BigDecimal quantity) {
    if (quantity.scale() <= 0 || quantity.stripTrailingZeros().scale() <= 0) {
      return unitScaled * quantity.longValueExact();
    }
    long tenths = quantity.movePointRight(1).longValueExact();
    return unitScaled / 10 * tenths;
  }

  private static long roundHalfUp(long scaled) {
    return (scaled + SCALE / 2) / SCALE;
  }

  private static boolean weekend(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
  }
}
