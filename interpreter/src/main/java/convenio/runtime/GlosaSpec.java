package convenio.runtime;

import convenio.model.GlosaGroup;

/**
 * A glosa as a rule names it, resolved at compile time: the TISS table-38 code, its group, and the standard text of
 * its justification (null when the contract declares none for the code).
 */
public record GlosaSpec(String name, String code, GlosaGroup group, Template standardText) {

  /**
   * The group of a TISS code that no justification declares: administrative for the eligibility, authorization,
   * guide, provider, valuation, package and system groups (10xx–14xx, 16xx, 17xx, 28xx, 29xx, 50xx, 99xx of TISS table
   * 38), technical for the clinical ones (diagnosis, procedures, daily rates, materials, medications, OPME, gases,
   * fees, series, exams, dentistry). A fallback only: std.tiss.glosas declares every code with its group.
   */
  public static GlosaGroup fallbackGroup(String code) {
    if (code == null || code.length() < 2) return GlosaGroup.ADMINISTRATIVE;
    return switch (code.substring(0, 2)) {
      case "15", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "30" -> GlosaGroup.TECHNICAL;
      default -> GlosaGroup.ADMINISTRATIVE;
    };
  }

  public static GlosaSpec bare(String code) {
    return new GlosaSpec(code, code, fallbackGroup(code), null);
  }

  /** The standard text when it is written without holes (no item value to read), else null. */
  public String literalText() {
    return standardText == null ? null : standardText.literalText();
  }

  /** The text of a glosa: the rule's own, else the justification's, else "Glosa CODE". */
  public String text(Template ruleText, Scope scope) {
    if (ruleText != null) return ruleText.render(scope);
    if (standardText != null) return standardText.render(scope);
    return "Glosa " + code;
  }
}
