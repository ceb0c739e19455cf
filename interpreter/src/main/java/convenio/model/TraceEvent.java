package convenio.model;

/**
 * One step in the explanation of an item: a rule considered, applied or skipped, with its place, the
 * inputs that decided it (as text) and the value before and after. Rendering is elsewhere.
 */
public record TraceEvent(Kind kind, String rule, SourcePos pos, String detail, Money before, Money after) {
  public enum Kind {
    PRICE, TABLE, COMPOSITION, ROUTE, PARTICIPATION, MODIFIER, PACKAGE, LIMIT, REQUIREMENT, GLOSA, CAP, ROUNDING,
    CHECK, MANUAL, SKIPPED
  }
}
