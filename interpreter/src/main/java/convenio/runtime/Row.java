package convenio.runtime;

import convenio.i18n.Messages;
/** One row of a table version, as rules see it: {@code cbhpm.porte}. Money cells come out as {@link ExactMoney}. */
public record Row(TableVersion table, int index) {
  private static final Messages M = Messages.of(Row.class, "convenio.runtime.messages");
  public Object get(String column) {
    return present(table.value(index, column), column);
  }

  /** {@link #get(String)} of the column at index {@code c} of this row's version. */
  Object get(int c, String column) {
    return present(table.value(index, c), column);
  }

  private Object present(Object v, String column) {
    if (v == null) throw new EvalException(M.get("eval.row.empty", table.name(), column, code()));
    return v;
  }

  public String code() {
    return table.key(index);
  }
}
