package convenio.model;

/** A professional on a procedure's team, with the TISS degree of participation (dm_grauPart: 00 surgeon … 13). */
public record TeamMember(String degree, String name, String code, String council, String councilNumber, String state) {}
