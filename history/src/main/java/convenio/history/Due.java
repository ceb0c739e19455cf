package convenio.history;

import convenio.model.Money;
import java.time.LocalDate;

/**
 * Something with a prazo: glosas of a lote still to appeal (from the demonstrativo's date), or a recurso still
 * waiting for the operator's answer (from the recurso's date), with the prazo that applies and where it comes from.
 */
public record Due(Kind kind, String operator, String lote, String reference, Money amount, LocalDate since,
    int prazoDays, String prazoSource, LocalDate dueOn, long daysLeft) {
  public enum Kind { APPEAL, ANSWER }

  public boolean overdue() {
    return daysLeft < 0;
  }
}
