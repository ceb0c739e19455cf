package convenio.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything pricing needs, compiled: the policies of the header and every rule, in the order they apply. */
public record ContractRules(
    Rounding rounding,
    boolean payContractWhenBelow,
    GlosaSpec excessGlosa,
    RuleRef excessRef,
    GlosaSpec unpricedGlosa,
    RuleRef unpricedRef,
    Set<LocalDate> holidays,
    List<Rules.Package> packages,
    List<Rules.Price> prices,
    Map<String, Rules.Participation> participations,
    List<Rules.Adjust> adjusts,
    List<Rules.Routes> routes,
    List<Rules.Require> requires,
    List<Rules.Limit> limits,
    List<Rules.Duplicates> duplicates,
    List<Rules.GlosaRule> glosaRules,
    List<Rules.Check> checks,
    PriceIndex priceIndex,
    RuleRef roundingRef,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    RuleRef effectiveRef) {

  public ContractRules {
    holidays = Set.copyOf(holidays);
    packages = List.copyOf(packages);
    prices = List.copyOf(prices);
    participations = Map.copyOf(participations);
    adjusts = List.copyOf(adjusts);
    routes = List.copyOf(routes);
    requires = List.copyOf(requires);
    limits = List.copyOf(limits);
    duplicates = List.copyOf(duplicates);
    glosaRules = List.copyOf(glosaRules);
    checks = List.copyOf(checks);
    if (priceIndex == null) priceIndex = PriceIndex.of(prices);
  }
}
