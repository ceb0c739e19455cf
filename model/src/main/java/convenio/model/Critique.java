package convenio.model;

/** A finding about a whole guide (e.g. discharge reason incompatible with billing type), with the check that made it. */
public record Critique(String code, String message, String rule, SourcePos pos) {}
