package convenio.model;

import convenio.i18n.Messages;

/**
 * The prazos of the recurso de glosa a contract states, in days: the provider appeals within {@code recursoDays} of
 * the demonstrativo de análise de conta, the operator answers within {@code answerDays} of the recurso. ANS RN
 * 503/2022, art. 4, makes the prazos and procedures of billing and payment a clause every written contract between
 * operator and provider must have; among them the provider's prazo to contest a glosa and the operator's prazo to
 * answer, which are to be equal.
 *
 * @param pos where the contract states them
 */
public record RecursoPrazo(int recursoDays, int answerDays, SourcePos pos) {
  private static final Messages M = Messages.of(RecursoPrazo.class, "convenio.model.messages");

  public RecursoPrazo {
    if (recursoDays <= 0 || answerDays <= 0) throw new IllegalArgumentException(M.get("recurso.prazo.days"));
  }
}
