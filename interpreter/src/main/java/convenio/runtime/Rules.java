package convenio.runtime;

import convenio.common.PriceRank;
import convenio.model.ItemKind;
import convenio.model.Percent;
import java.util.List;
import java.util.Set;

/** The compiled rules of a contract, one record per kind of rule; immutable, built once by the compiler. */
public final class Rules {
  private Rules() {}

  /**
   * Which items a rule is about; {@code table} (when set) must hold the item's code. Null {@code codes} means any code.
   * Asking changes nothing: the caller binds the row found ({@link Scope#bind(Matcher)}) when the rule applies.
   */
  public record Matcher(Set<ItemKind> kinds, CodeMatcher codes, TableFamily table, String tissTable, String congenere) {
    public boolean matches(Scope s) {
      var item = s.item;
      if (item == null || !kinds.contains(item.kind())) return false;
      if (codes != null && !codes.matches(item.code())) return false;
      if (tissTable != null && !tissTable.equals(item.table())) return false;
      if (congenere != null && !congenere.equals(s.congenere())) return false;
      return table == null || row(s) != null;
    }

    /** The item's row in {@code table} (the version in force on its date), or null without a table. */
    public Row row(Scope s) {
      return table == null ? null : s.row(table, s.item.code());
    }
  }

  public record Price(RuleRef ref, Matcher matcher, PriceRank.Tier tier, Eval when, Eval price, Eval atMost, Eval atLeast) {
    /** A rule restricted to a congênere (by its selector or by the table version it found) beats one that is not. */
    public boolean congenereSpecific(Row row) {
      return matcher.congenere() != null || (row != null && row.table().congenere() != null);
    }
  }

  public record Participation(RuleRef ref, String degree, TableFamily table, Eval value) {}

  public record Adjust(RuleRef ref, Matcher matcher, Eval when, Eval value) {}

  public record Schedule(List<Percent> same, Percent sameThen, List<Percent> different, Percent differentThen) {
    public Percent at(int position, boolean differentRoute) {
      List<Percent> list = differentRoute ? different : same;
      Percent then = differentRoute ? differentThen : sameThen;
      if (list.isEmpty()) return Percent.HUNDRED;
      if (position <= list.size()) return list.get(position - 1);
      return then != null ? then : list.get(list.size() - 1);
    }
  }

  /**
   * A {@code routes} rule: the schedule of the procedures it covers; every rule's procedures of one beneficiary, date
   * and degree form one ranking (the n-th takes the n-th percentage of its own rule's schedule). The glosas that take
   * the reductions: same route, different route, principal procedure on another guide.
   */
  public record Routes(RuleRef ref, Schedule schedule, Matcher matcher, Eval orderBy, boolean descending,
      CodeMatcher repeatedAsDifferent, CodeMatcher anotherTeam, GlosaSpec sameGlosa, GlosaSpec differentGlosa,
      GlosaSpec otherGuideGlosa) {}

  /**
   * The anaesthetist's multiple procedures in one anaesthetic act: the largest porte anestésico at 100%, each other
   * at 50% by the same route and 70% by different routes (CBHPM Instruções Gerais Específicas para a Anestesiologia,
   * items 5–7; the same percentages as CBHPM Instruções Gerais item 4).
   */
  public static final Schedule ANAESTHETIST = new Schedule(List.of(Percent.HUNDRED, Percent.of(50)), null,
      List.of(Percent.HUNDRED, Percent.of(70)), null);

  public enum Period { DAY, GUIDE, ACCOUNT, DAYS }

  public enum Regime { ANY, OUTPATIENT, INPATIENT }

  public record LimitTerm(Eval max, Period period, int days, Regime regime, String label) {}

  public record Limit(RuleRef ref, Matcher matcher, List<LimitTerm> terms, GlosaSpec glosa, Template text) {
    public Limit {
      terms = List.copyOf(terms);
    }
  }

  /** {@code condition} null means "the guide carries an authorization number". */
  public record Require(RuleRef ref, Eval condition, Matcher matcher, GlosaSpec glosa, Template text) {}

  public record GlosaRule(RuleRef ref, GlosaSpec glosa, Matcher matcher, Eval when, Eval amount, Eval quantity,
      Template text) {}

  public record PackageInclude(Matcher matcher, Eval upTo) {}

  /**
   * A package. {@code byKind}, when not null, is the glosa of an included item by its kind (TISS table 38: 1711
   * procedure, 2011 material, 2111 medication, 2211 OPME, 2413 taxa, 3108 any other item): the contract named the
   * procedure code 1711, which must never be sent for a material.
   */
  public record Package(RuleRef ref, String code, String description, Eval price, List<PackageInclude> includes,
      List<Matcher> excludes, GlosaSpec glosa, Template text, java.util.Map<ItemKind, GlosaSpec> byKind) {
    public Package {
      includes = List.copyOf(includes);
      excludes = List.copyOf(excludes);
      byKind = byKind == null ? null : java.util.Map.copyOf(byKind);
    }

    /** The glosa of an included item of {@code kind}. */
    public GlosaSpec glosaFor(ItemKind kind) {
      return byKind == null ? glosa : byKind.getOrDefault(kind, glosa);
    }
  }

  /**
   * A check on a guide. {@code guideFields} are the fields of the guide its condition reads that only some guides carry
   * (the billing type and discharge reason of a resumo de internação): the check applies to the guides that carry
   * them, so a guia de honorários is not flagged for the discharge it does not report.
   */
  public record Check(RuleRef ref, String name, Eval when, Template critique, String code, List<String> guideFields) {
    public Check {
      guideFields = guideFields == null ? List.of() : List.copyOf(guideFields);
    }
  }

  public record Duplicates(RuleRef ref, Matcher matcher, List<String> keyNames, List<Eval> keys, GlosaSpec glosa,
      Template text) {
    public Duplicates {
      keyNames = List.copyOf(keyNames);
      keys = List.copyOf(keys);
    }
  }
}
