package convenio.tiss;

import convenio.model.Money;
import java.util.Objects;

/**
 * A glosa of a whole protocol appealed whole (TISS {@code recursoProtocolo}, objetoRecurso 1): the glosa code the
 * demonstrativo gave the protocol, the value under appeal (the recurso's valorTotalRecursado) and the justification
 * (at most 500 characters).
 */
public record RecursoProtocolo(String glosaCode, Money value, String justification) {
  public RecursoProtocolo {
    Objects.requireNonNull(glosaCode, "glosaCode");
    Objects.requireNonNull(value, "value");
    if (value.isNegative()) throw new IllegalArgumentException("valorRecursado cannot be negative: " + value);
    checkJustification(justification, "the protocol");
  }

  static void checkJustification(String justification, String where) {
    if (justification == null || justification.isBlank()) {
      throw new IllegalArgumentException("a recurso needs a justification (" + where + ")");
    }
    if (justification.length() > RecursoItem.MAX_JUSTIFICATION) {
      throw new IllegalArgumentException("justification of " + where + " has " + justification.length()
          + " characters; TISS holds " + RecursoItem.MAX_JUSTIFICATION);
    }
  }
}
