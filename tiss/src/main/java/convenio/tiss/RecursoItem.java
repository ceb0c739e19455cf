package convenio.tiss;

import convenio.model.Guide;
import convenio.model.Item;
import convenio.model.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One disputed glosa in a recurso de glosa: the guide and item it hit, the glosa code, the value under appeal and the
 * provider's justification (TISS holds at most 500 characters; longer text is refused, see {@link #fit(String)}).
 *
 * @param guideNumber         numeroGuiaPrestador of the guide (numeroGuiaOrigem)
 * @param operatorGuideNumber numeroGuiaOperadora, or null
 * @param authorizationNumber senha, or null
 * @param seq                 sequencialItem of the item in its guide
 * @param degree              grauParticipacao the line was billed for, or null
 * @param glosaCode           the disputed code (dm_tipoGlosa)
 * @param value               valorRecursado
 */
public record RecursoItem(String guideNumber, String operatorGuideNumber, String authorizationNumber, int seq,
    LocalDate date, String table, String code, String description, String degree, String glosaCode, Money value,
    String justification) {
  public static final int MAX_JUSTIFICATION = 500;

  public RecursoItem {
    Objects.requireNonNull(guideNumber, "guideNumber");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(glosaCode, "glosaCode");
    Objects.requireNonNull(value, "value");
    if (seq < 1) throw new IllegalArgumentException(TissTexts.M.get("recurso.seq.positive", seq));
    if (value.isNegative()) throw new IllegalArgumentException(TissTexts.M.get("recurso.value.negative", value));
    if (justification == null || justification.isBlank()) {
      throw new IllegalArgumentException(TissTexts.M.get("recurso.no.justification.item", guideNumber, seq));
    }
    if (justification.length() > MAX_JUSTIFICATION) {
      throw new IllegalArgumentException(TissTexts.M.get("recurso.justification.long.item", guideNumber, seq,
          justification.length(), MAX_JUSTIFICATION));
    }
  }

  /** A recurso of one glosa on a model item. */
  public static RecursoItem of(Guide guide, Item item, String glosaCode, Money value, String justification) {
    LocalDate date = item.date() != null ? item.date() : guide.executionDate();
    return new RecursoItem(guide.number(), guide.operatorNumber(), guide.authorizationNumber(), item.seq(), date,
        item.table(), item.code(), item.description(), item.degree(), glosaCode, value, justification);
  }

  /** Text cut to the 500 characters TISS holds, at a word boundary when one is near, marked with "…". */
  public static String fit(String text) {
    if (text == null || text.length() <= MAX_JUSTIFICATION) return text;
    int cut = text.lastIndexOf(' ', MAX_JUSTIFICATION - 1);
    if (cut < MAX_JUSTIFICATION - 60) cut = MAX_JUSTIFICATION - 1;
    return text.substring(0, cut).stripTrailing() + "…";
  }
}
