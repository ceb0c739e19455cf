package convenio.model;

/** How glosa studies split them: administrative (contract, authorization, billing form) or technical (clinical audit). */
public enum GlosaGroup { ADMINISTRATIVE, TECHNICAL }
