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
    if (value.isNegative()) throw new IllegalArgumentException(TissTexts.M.get("recurso.value.negative", value));
    checkJustification(justification, null);
  }

  /** @param guideNumber the guide appealed whole, or null for the protocol */
  static void checkJustification(String justification, String guideNumber) {
    if (justification == null || justification.isBlank()) {
      throw new IllegalArgumentException(guideNumber == null ? TissTexts.M.get("recurso.no.justification.protocol")
          : TissTexts.M.get("recurso.no.justification.guide", guideNumber));
    }
    int length = justification.length();
    if (length > RecursoItem.MAX_JUSTIFICATION) {
      throw new IllegalArgumentException(guideNumber == null
          ? TissTexts.M.get("recurso.justification.long.protocol", length, RecursoItem.MAX_JUSTIFICATION)
          : TissTexts.M.get("recurso.justification.long.guide", guideNumber, length, RecursoItem.MAX_JUSTIFICATION));
    }
  }
}
