package convenio.syntax;

import java.math.BigDecimal;

/**
 * {@code recurso in 30 days after demonstrativo [answer in 30 days after recurso]}: the prazos of the recurso de glosa
 * as the contract states them (ANS RN 503/2022, art. 4: the written contract states the prazos of billing and payment,
 * the provider's prazo to contest a glosa and the operator's prazo to answer among them). The numbers are kept as written, sign and decimals included, so that the checker can say where a prazo
 * is not a positive whole number of days.
 *
 * @param answerDays the operator's answer prazo, or null when the clause does not state one (it is then the recurso's)
 */
public record RecursoPrazoClause(Span span, Days recursoDays, Days answerDays) {
  /** A number of days and where it is written. */
  public record Days(Span span, BigDecimal value) {}
}
