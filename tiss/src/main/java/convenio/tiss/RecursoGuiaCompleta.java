package convenio.tiss;

import convenio.model.Money;
import java.util.Objects;

/**
 * A glosa of a whole guide appealed whole (TISS {@code recursoGuiaCompleta}): the guide, the glosa code the
 * demonstrativo gave the guide (motivoGlosa of the guide), the value under appeal (counted in the recurso's
 * valorTotalRecursado) and the justification (at most 500 characters).
 */
public record RecursoGuiaCompleta(String guideNumber, String operatorGuideNumber, String authorizationNumber,
    String glosaCode, Money value, String justification) {
  public RecursoGuiaCompleta {
    Objects.requireNonNull(guideNumber, "guideNumber");
    Objects.requireNonNull(glosaCode, "glosaCode");
    Objects.requireNonNull(value, "value");
    if (value.isNegative()) throw new IllegalArgumentException(TissTexts.M.get("recurso.value.negative", value));
    RecursoProtocolo.checkJustification(justification, guideNumber);
  }
}
