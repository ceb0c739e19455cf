package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.Item;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule sees while it is evaluated: the account, guide and item, the table row its selector found (bound by
 * the caller that asked), and the {@link Environment} of the values its step defines. One scope per pricing call,
 * reused from item to item: never shared between threads.
 */
public final class Scope {
  private static final Messages M = Messages.of(Scope.class, "convenio.runtime.messages");
  final Rounding rounding;
  final Set<LocalDate> holidays;
  Account account;
  Guide guide;
  private LocalDate guideDate;
  Item item;
  LocalDate date;
  final Environment step = new Environment();
  String boundName;
  Row boundRow;
  // the last table lookup: an item's code is looked up in the same table by the selector, the price, the routes…
  private TableFamily memoTable;
  private String memoCode;
  private LocalDate memoDate;
  private String memoCongenere;
  private Row memoRow;

  public Scope(Rounding rounding, Set<LocalDate> holidays) {
    this.rounding = rounding;
    this.holidays = holidays;
  }

  public Rounding rounding() {
    return rounding;
  }

  /**
   * A scope outside any item that looks tables up on {@code day} (the version in force then): for constants evaluated
   * on their own, as the REPL does; pricing sets the date from each item.
   */
  public Scope on(LocalDate day) {
    date = day;
    return this;
  }

  void forGuide(Account a, Guide g) {
    // looked for among the items: once per guide, not per step
    forGuide(a, g, g == guide ? guideDate : g.executionDate());
  }

  /** {@link #forGuide(Account, Guide)} with the guide's execution date already known. */
  void forGuide(Account a, Guide g, LocalDate executionDate) {
    account = a;
    guide = g;
    guideDate = executionDate;
    item = null;
    date = executionDate;
    resetStep();
  }

  /** The execution date of the scope's guide. */
  LocalDate guideDate() {
    return guideDate;
  }

  void forItem(Item i) {
    item = i;
    date = i.date() != null ? i.date() : guideDate;
    resetStep();
  }

  void resetStep() {
    step.clear();
    boundName = null;
    boundRow = null;
  }

  /** Binds the row a rule's selector found ({@link Rules.Matcher#row}), for the rule's expressions to read. */
  void bind(String table, Row row) {
    boundName = table;
    boundRow = row;
  }

  /** Binds the row {@code m} finds for the item, when it names a table. */
  void bind(Rules.Matcher m) {
    if (m.table() != null) bind(m.table().name(), m.row(this));
  }

  public String congenere() {
    return guide == null || guide.beneficiary() == null ? null : guide.beneficiary().congenere();
  }

  public LocalDate date() {
    return date;
  }

  Item needItem(String name) {
    if (item == null) throw new EvalException(M.get("eval.item.value", name));
    return item;
  }

  /**
   * The row of {@code code} in the version of {@code table} in force on the scope's date for the guide's congênere,
   * or null: {@link TableFamily#row}, remembering the last lookup (tables never change).
   */
  Row row(TableFamily table, String code) {
    LocalDate d = date;
    String c = congenere();
    if (table == memoTable && code != null && code.equals(memoCode) && Objects.equals(d, memoDate)
        && Objects.equals(c, memoCongenere)) {
      return memoRow;
    }
    Row r = table.row(code, d, c);
    memoTable = table;
    memoCode = code;
    memoDate = d;
    memoCongenere = c;
    memoRow = r;
    return r;
  }

  /** A table row named in an expression: the one the selector bound, else the row of the item's own code. */
  public Row rowOf(TableFamily table) {
    if (table.name().equals(boundName) && boundRow != null) return boundRow;
    Item i = needItem(table.name());
    Row r = row(table, i.code());
    if (r == null) throw new EvalException(table.version(date, congenere()) == null
        ? M.get("eval.code.not.in.table.version", i.code(), table.name(), RuleValues.format(date))
        : M.get("eval.code.not.in.table", i.code(), table.name()));
    return r;
  }

  /** {@link #rowOf} without the error: null when the item has no row in the table (or there is no item). */
  public Row rowOrNull(TableFamily table) {
    if (table.name().equals(boundName) && boundRow != null) return boundRow;
    return item == null ? null : row(table, item.code());
  }

  /**
   * The values of {@code e} for each other procedure of the guide, evaluated as if that procedure were the item (its
   * code, date and table rows); procedures for which it cannot be evaluated (a code not in the table) give none. For
   * an item priced from the procedure it goes with (the Unimed "Vídeo/Equip." column).
   */
  public java.util.List<Object> overOtherProcedures(Eval e) {
    Item self = item;
    LocalDate selfDate = date;
    String name = boundName;
    Row row = boundRow;
    java.util.List<Object> out = new java.util.ArrayList<>();
    try {
      for (Item i : guide.items()) {
        if (i == self || i.kind() != convenio.model.ItemKind.PROCEDURE) continue;
        item = i;
        date = i.date() != null ? i.date() : guide.executionDate();
        boundName = null;
        boundRow = null;
        try {
          out.add(e.eval(this));
        } catch (EvalException notForThisOne) {
          // that procedure has no value for it
        }
      }
    } finally {
      item = self;
      date = selfDate;
      boundName = name;
      boundRow = row;
    }
    return out;
  }
}
