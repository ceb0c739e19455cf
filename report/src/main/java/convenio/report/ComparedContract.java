package convenio.report;

/** One side of a comparison as a diff names it: the contract file, its id, version and source hash. */
public record ComparedContract(String file, String id, String version, String hash) {}
