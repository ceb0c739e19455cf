package convenio.model;

/**
 * Where an item's contract price came from: the rule (name and place), its precedence tier
 * (specific, linear, default), and the table row when a table gave it.
 */
public record PriceSource(String rule, SourcePos pos, String tier, String table, String tableVersion,
    SourcePos tableRow) {}
