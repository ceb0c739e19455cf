package convenio.model;

import convenio.i18n.Messages;
/**
 * What an account item is. Procedures come from the guide's procedure lines; the rest from
 * "outras despesas", whose TISS code (dm_outrasDespesas) is kept here.
 */
public enum ItemKind {
  PROCEDURE(null, "procedure"),
  GAS("01", "gas"),
  MEDICATION("02", "medication"),
  MATERIAL("03", "material"),
  DAILY_RATE("05", "daily_rate"),
  FEE("07", "fee"),
  OPME("08", "opme");

  private final String tissCode;
  private final String languageName;

  ItemKind(String tissCode, String languageName) {
    this.tissCode = tissCode;
    this.languageName = languageName;
  }

  /** The code of dm_outrasDespesas, or null for procedures. */
  public String tissCode() {
    return tissCode;
  }

  /** The singular name the language uses in selectors ({@code procedure}, {@code daily_rate}, …). */
  public String languageName() {
    return languageName;
  }

  public static ItemKind fromTissExpenseCode(String code) {
    for (ItemKind k : values()) {
      if (k.tissCode != null && k.tissCode.equals(code)) return k;
    }
    throw new IllegalArgumentException(Messages.of(ItemKind.class, "convenio.model.messages").get("item.kind.unknown", code));
  }

  public static ItemKind fromLanguageName(String name) {
    for (ItemKind k : values()) {
      if (k.languageName.equals(name)) return k;
    }
    return null;
  }
}
