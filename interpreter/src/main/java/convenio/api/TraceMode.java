package convenio.api;

/**
 * How a pricing keeps each item's explanation ({@link convenio.model.ItemResult#trace()}). The events are the same
 * either way, and so is the text {@code explain} prints from them.
 */
public enum TraceMode {
  /**
   * Nothing is recorded while pricing: the first time an item's trace is read, its account is priced again with the
   * trace on (once for all its items). For callers that seldom read an explanation: billing, the registry, a service.
   */
  ON_DEMAND,
  /** Every item's trace is recorded while pricing and kept in its result, for callers that read most of them. */
  KEPT
}
