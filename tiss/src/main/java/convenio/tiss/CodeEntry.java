package convenio.tiss;

/**
 * One code of a TISS domain table.
 *
 * @param description the ANS text for the code (from the schema comments), or "" when the ANS wrote none
 * @param active      false for codes the ANS still lists but the release's enumeration no longer accepts
 */
public record CodeEntry(String code, String description, boolean active) {}
