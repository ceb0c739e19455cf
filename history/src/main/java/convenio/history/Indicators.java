package convenio.history;

import static convenio.history.HistoryTexts.M;

import convenio.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The glosa indicators of the glosa studies and of market practice, over the recorded history.
 *
 * <p>Definitions (each row): presented = valorInformado of the analysed items; glosed = the demonstrativo's glosas
 * (initial glosa); glosa rate = glosed / presented × 100; appealed = what the recursos claimed of those glosas;
 * recovered = what the operator accepted in its answers; recovery rate = recovered / appealed × 100; not appealed =
 * glosed − appealed; final glosa = glosed − recovered, and the final rate over the same presented; average time to
 * answer = mean of the days from each answered recurso to its answer. Rates are rounded half-up to two places, once,
 * from exact cents. When a row is broken down by glosa code, group or class, its presented is that of all the items
 * of its other dimensions, so that its rate is the share of the glosa rate that code accounts for (the rates of the
 * codes add up to the rate of the whole).
 *
 * <p>Across operators the rate is given two ways, as the studies differ: pooled (all glosas over all presented, so a
 * larger operator weighs more) and the mean of the per-operator rates (each operator weighs the same; the glosa study
 * followed here reports this one).
 */
public record Indicators(IndicatorQuery query, List<Row> rows, Row total, List<Row> operators, BigDecimal pooledRate,
    BigDecimal meanOperatorRate, List<Pareto> pareto, List<Row> byOperatorMonth, List<Row> byMonthClass,
    List<Row> byMonth) {

  /** One line of the table: the values of its dimensions (in the order asked) and its figures. */
  public record Row(Map<Dimension, String> key, Money presented, Money glosed, BigDecimal rate, boolean aboveTarget,
      Money appealed, Money recovered, BigDecimal recoveryRate, Money notAppealed, Money finalGlosed,
      BigDecimal finalRate, BigDecimal averageDaysToAnswer, int items, int glosas) {}

  /** A glosa code's share of everything glosed, and the cumulative share down the Pareto list. */
  public record Pareto(String code, String description, String group, String glosaClass, Money glosed,
      BigDecimal share, BigDecimal cumulativeShare) {}

  static Indicators compute(List<Facts.Item> all, IndicatorQuery q) {
    List<Facts.Item> items = all.stream().filter(i -> q.includes(i.month())).toList();
    List<Row> rows = group(items, q.by(), q);
    Row total = group(items, List.of(), q).stream().findFirst().orElse(empty(q));
    List<Row> operators = group(items, List.of(Dimension.OPERATOR), q);
    BigDecimal mean = null;
    if (!operators.isEmpty()) {
      BigDecimal sum = BigDecimal.ZERO;
      int n = 0;
      for (Row r : operators) {
        if (r.presented().isZero()) continue;
        sum = sum.add(BigDecimal.valueOf(r.glosed().cents()).multiply(HUNDRED)
            .divide(BigDecimal.valueOf(r.presented().cents()), 12, RoundingMode.HALF_UP));
        n++;
      }
      if (n > 0) mean = sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
    return new Indicators(q, rows, total, operators, total.rate(), mean, pareto(items),
        group(items, List.of(Dimension.OPERATOR, Dimension.MONTH), q),
        group(items, List.of(Dimension.MONTH, Dimension.CLASS), q), group(items, List.of(Dimension.MONTH), q));
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final class Acc {
    final Map<Dimension, String> key;
    final List<String> itemKey;
    long presented, glosed, appealed, recovered, days;
    int answered, items, glosas;

    Acc(Map<Dimension, String> key, List<String> itemKey) {
      this.key = key;
      this.itemKey = itemKey;
    }

    void add(Facts.Glosa g) {
      glosed += g.amount();
      appealed += g.appealed();
      recovered += g.recovered();
      glosas++;
      Long d = g.daysToAnswer();
      if (d != null) {
        days += d;
        answered++;
      }
    }
  }

  static List<Row> group(List<Facts.Item> items, List<Dimension> by, IndicatorQuery q) {
    boolean byGlosa = by.stream().anyMatch(Dimension::ofGlosa);
    Map<List<String>, Long> presentedOf = new LinkedHashMap<>();
    Map<List<String>, Integer> itemsOf = new LinkedHashMap<>();
    Map<List<String>, Acc> rows = new TreeMap<>(LIST_ORDER);
    for (Facts.Item i : items) {
      Map<Dimension, String> ik = new LinkedHashMap<>();
      List<String> itemKey = new ArrayList<>();
      for (Dimension d : by) {
        if (d.ofGlosa()) continue;
        String v = itemValue(i, d);
        ik.put(d, v);
        itemKey.add(v);
      }
      presentedOf.merge(itemKey, i.presented(), Long::sum);
      itemsOf.merge(itemKey, 1, Integer::sum);
      if (!byGlosa) {
        Acc a = rows.computeIfAbsent(itemKey, k -> new Acc(ik, itemKey));
        for (Facts.Glosa g : i.glosas()) a.add(g);
        continue;
      }
      for (Facts.Glosa g : i.glosas()) {
        Map<Dimension, String> k = new LinkedHashMap<>();
        List<String> full = new ArrayList<>();
        for (Dimension d : by) {
          String v = d.ofGlosa() ? glosaValue(g, d) : ik.get(d);
          k.put(d, v);
          full.add(v);
        }
        rows.computeIfAbsent(full, x -> new Acc(k, itemKey)).add(g);
      }
    }
    List<Row> out = new ArrayList<>();
    for (Acc a : rows.values()) {
      a.presented = presentedOf.getOrDefault(a.itemKey, 0L);
      a.items = itemsOf.getOrDefault(a.itemKey, 0);
      out.add(row(a, q));
    }
    return out;
  }

  private static final Comparator<List<String>> LIST_ORDER = (x, y) -> {
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = x.get(i).compareTo(y.get(i));
      if (c != 0) return c;
    }
    return Integer.compare(x.size(), y.size());
  };

  private static Row row(Acc a, IndicatorQuery q) {
    BigDecimal rate = percent(a.glosed, a.presented);
    long finalGlosed = a.glosed - a.recovered;
    return new Row(a.key, Money.ofCents(a.presented), Money.ofCents(a.glosed), rate,
        rate != null && rate.compareTo(q.targetPercent()) > 0, Money.ofCents(a.appealed), Money.ofCents(a.recovered),
        percent(a.recovered, a.appealed), Money.ofCents(a.glosed - a.appealed), Money.ofCents(finalGlosed),
        percent(finalGlosed, a.presented),
        a.answered == 0 ? null : BigDecimal.valueOf(a.days).divide(BigDecimal.valueOf(a.answered), 1, RoundingMode.HALF_UP),
        a.items, a.glosas);
  }

  private static Row empty(IndicatorQuery q) {
    return row(new Acc(Map.of(), List.of()), q);
  }

  /** part / whole × 100, half-up to two places; null when whole is zero. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) return null;
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  private static String itemValue(Facts.Item i, Dimension d) {
    return switch (d) {
      case OPERATOR -> i.operator();
      case PROVIDER -> i.provider() == null ? M.get("value.no.provider") : i.provider();
      case MONTH -> i.month();
      case GUIDE_TYPE -> i.guideType();
      case ITEM_KIND -> i.itemKind();
      default -> throw new IllegalArgumentException(d.key());
    };
  }

  private static String glosaValue(Facts.Glosa g, Dimension d) {
    return switch (d) {
      case CODE -> g.code();
      case GROUP -> g.group();
      case CLASS -> g.cls().name().toLowerCase();
      default -> throw new IllegalArgumentException(d.key());
    };
  }

  private static List<Pareto> pareto(List<Facts.Item> items) {
    Map<String, Long> byCode = new TreeMap<>();
    Map<String, Facts.Glosa> sample = new LinkedHashMap<>();
    long total = 0;
    for (Facts.Item i : items) {
      for (Facts.Glosa g : i.glosas()) {
        byCode.merge(g.code(), g.amount(), Long::sum);
        sample.putIfAbsent(g.code(), g);
        total += g.amount();
      }
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(byCode.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    GlosaClasses names = new GlosaClasses();
    List<Pareto> out = new ArrayList<>();
    long cumulative = 0;
    for (Map.Entry<String, Long> e : sorted) {
      cumulative += e.getValue();
      Facts.Glosa g = sample.get(e.getKey());
      out.add(new Pareto(e.getKey(), names.description(e.getKey()), g.group(), g.cls().name().toLowerCase(),
          Money.ofCents(e.getValue()), percent(e.getValue(), total), percent(cumulative, total)));
    }
    return out;
  }
}
