package convenio.cases;

import convenio.model.ItemResult;

/**
 * One expectation the result did not meet: where it was written, what it is about, expected and actual as the
 * analyst writes values, and the item concerned (null for totals and guides) so the report can show its trace.
 */
public record Mismatch(int line, String subject, String expected, String actual, ItemResult item) {}
