package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Which indicators: competências from–to (inclusive, either may be null), the breakdown, and the glosa-rate target in
 * percent (2% by default, the market's reference target).
 */
public record IndicatorQuery(YearMonth from, YearMonth to, List<Dimension> by, BigDecimal targetPercent) {
  public static final BigDecimal DEFAULT_TARGET = new BigDecimal("2.00");

  public IndicatorQuery {
    by = List.copyOf(by);
    if (targetPercent == null) targetPercent = DEFAULT_TARGET;
    if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException(M.get("query.from.after.to", from, to));
  }

  public static IndicatorQuery all(Dimension... by) {
    return new IndicatorQuery(null, null, List.of(by), null);
  }

  boolean includes(String competencia) {
    YearMonth m = YearMonth.parse(competencia);
    return (from == null || !m.isBefore(from)) && (to == null || !m.isAfter(to));
  }
}
