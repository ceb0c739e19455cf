package convenio.model;

import java.math.BigDecimal;

/**
 * A denial of part of an item: the TISS table-38 code (dm_tipoGlosa), how much (quantity and value),
 * the justification with its values filled in, and the rule that caused it.
 *
 * @param rule   name of the rule (or "manual: auditor" for manual glosas)
 * @param pos    the rule's place in its file, or {@link SourcePos#NONE} for manual glosas
 */
public record Glosa(String code, BigDecimal quantity, Money value, String text, GlosaGroup group, String rule,
    SourcePos pos, boolean manual) {
  public static final int MAX_TEXT = 500; // TISS justification fields hold 500 characters

  public Glosa {
    if (text != null && text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT);
  }
}
