package convenio.syntax;

import convenio.model.GlosaGroup;
import convenio.model.Percent;
import java.time.LocalDate;
import java.util.List;

/** Declarations of a contract or module file, one record per construct of the grammar. */
public sealed interface Decl {
  Span span();

  /** {@code import std.tiss.glosas} (module != null) or {@code import "shared/x.convenio"} (path != null). */
  record Import(Span span, String module, String path, String alias) implements Decl {}

  /** A heading of the signed contract; later declarations carry it in their spans. */
  record Clause(Span span, String number, String title) implements Decl {}

  record Let(Span span, String name, Expr value) implements Decl {}

  record Group(Span span, String name, Selector.CodeSet codes) implements Decl {}

  record Holidays(Span span, List<LocalDate> dates) implements Decl {
    public Holidays {
      dates = List.copyOf(dates);
    }
  }

  /** A size mapping or any lookup: {@code map sala { "A", "B" -> "01" … }}. */
  record MapDecl(Span span, String name, List<MapEntry> entries) implements Decl {
    public MapDecl {
      entries = List.copyOf(entries);
    }
  }

  record MapEntry(Span span, List<Expr.Literal> keys, Expr value) {
    public MapEntry {
      keys = List.copyOf(keys);
    }
  }

  /**
   * One version of a price table. {@code from} is a CSV/YAML file relative to the declaring file, or null for inline
   * rows. The first column is the key (the item code).
   */
  record Table(Span span, String name, String tissType, Span tissTypeSpan, String from, Span fromSpan,
      List<Column> columns, LocalDate effectiveFrom, LocalDate effectiveTo, Span effectiveSpan, String version,
      String congenere, List<Row> rows) implements Decl {
    public Table {
      columns = List.copyOf(columns);
      rows = rows == null ? null : List.copyOf(rows);
    }
  }

  /** A column: name, type, and the header in the file when it differs from the name. */
  record Column(Span span, String name, ColumnType type, String header) {}

  enum ColumnType { MONEY, PERCENT, NUMBER, TEXT, CODE, DATE, TIME, BOOLEAN }

  /** An inline row: the literals written on one line. A negative number is a Literal whose value is negative. */
  record Row(Span span, List<Expr.Literal> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  record Justification(Span span, String name, String code, GlosaGroup group, String text) implements Decl {}

  /** Percentages for the 1st, 2nd, … procedure, and the one for every procedure after them ({@code then}). */
  record Schedule(Span span, String name, List<Percent> same, Percent sameThen, List<Percent> different,
      Percent differentThen) implements Decl {
    public Schedule {
      same = List.copyOf(same);
      different = List.copyOf(different);
    }
  }

  record Price(Span span, Selector selector, Expr when, Expr price, Expr atMost, Expr atLeast) implements Decl {}

  /**
   * The multiple-procedure rule: a named schedule or an inline one, the procedures it applies to, the ordering key
   * (evaluated per procedure, e.g. its contract value or UTM), codes whose repetitions count as different routes and
   * codes that count as another team (no route rule), and the contract's own glosa codes for what the percentages
   * take off (null: the TISS table 38 defaults, 2605 same route, 1837 different routes, 1827 principal on another
   * guide).
   */
  record Routes(Span span, String scheduleName, Schedule inline, Selector selector, Expr orderBy, boolean descending,
      Selector.CodeSet repeatedAsDifferent, Selector.CodeSet anotherTeam, GlosaRef sameGlosa, GlosaRef differentGlosa,
      GlosaRef otherGuideGlosa) implements Decl {}

  record Participation(Span span, String degree, String table, Expr value) implements Decl {}

  record Adjust(Span span, Selector selector, Expr when, Expr value) implements Decl {}

  record Limit(Span span, Selector selector, List<LimitTerm> terms, GlosaRef glosa, String text) implements Decl {
    public Limit {
      terms = List.copyOf(terms);
    }
  }

  /** {@code N per day|guide|account|K days [outpatient|inpatient]}; days == 0 unless the period is K days. */
  record LimitTerm(Span span, Expr max, Period period, int days, Regime regime) {}

  enum Period { DAY, GUIDE, ACCOUNT, DAYS }

  enum Regime { ANY, OUTPATIENT, INPATIENT }

  /** {@code require authorization for …} (condition == null) or {@code require <condition> for …}. */
  record Require(Span span, Expr condition, Selector selector, GlosaRef glosa, String text) implements Decl {}

  record GlosaRule(Span span, GlosaRef glosa, Selector selector, Expr when, Expr amount, Expr quantity, String text)
      implements Decl {}

  record Package(Span span, String code, String description, Expr price, List<PackageItem> includes,
      List<Selector> excludes, GlosaRef glosa, String text) implements Decl {
    public Package {
      includes = List.copyOf(includes);
      excludes = List.copyOf(excludes);
    }
  }

  record PackageItem(Selector selector, Expr upTo) {}

  record Check(Span span, String name, Expr when, String critique, String code) implements Decl {}

  record Duplicates(Span span, Selector selector, List<String> keys, GlosaRef glosa, String text) implements Decl {
    public Duplicates {
      keys = List.copyOf(keys);
    }
  }
}
