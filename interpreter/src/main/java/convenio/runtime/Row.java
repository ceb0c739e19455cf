package convenio.runtime;

/** One row of a table version, as rules see it: {@code cbhpm.porte}. Money cells come out as {@link ExactMoney}. */
public record Row(TableVersion table, int index) {
  public Object get(String column) {
    Object v = table.value(index, column);
    if (v == null) throw new EvalException("table " + table.name() + " has no value in column " + column
        + " for code " + code());
    return v;
  }

  public String code() {
    return table.key(index);
  }
}
