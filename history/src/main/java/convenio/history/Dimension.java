package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.util.Locale;

/** What the indicators can be broken down by ({@code --by operator,month,code,…}). */
public enum Dimension {
  OPERATOR("operator"), PROVIDER("provider"), MONTH("month"), GUIDE_TYPE("guide-type"), ITEM_KIND("item-kind"),
  CODE("code"), GROUP("group"), CLASS("class");

  private final String key;

  Dimension(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Dimensions that split an item's glosas rather than its presented value. */
  public boolean ofGlosa() {
    return this == CODE || this == GROUP || this == CLASS;
  }

  public static Dimension parse(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Dimension d : values()) if (d.key.equals(k) || d.name().equalsIgnoreCase(k.replace('-', '_'))) return d;
    if (k.equals("type")) return GUIDE_TYPE;
    if (k.equals("kind")) return ITEM_KIND;
    if (k.equals("competencia") || k.equals("competência")) return MONTH;
    throw new IllegalArgumentException(M.get("dimension.unknown", s));
  }
}
