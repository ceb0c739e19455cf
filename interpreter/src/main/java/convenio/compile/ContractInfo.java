package convenio.compile;

import java.time.LocalDate;

/** The header of a compiled contract, as plain values (the API must not need the AST to describe a contract). */
public record ContractInfo(String id, String name, String version, String operatorAns, String providerKind,
    String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, String operatorName, String operatorCnpj) {

  /** A contract whose header does not name the operator beyond its registro ANS. */
  public ContractInfo(String id, String name, String version, String operatorAns, String providerKind,
      String providerId, LocalDate effectiveFrom, LocalDate effectiveTo) {
    this(id, name, version, operatorAns, providerKind, providerId, effectiveFrom, effectiveTo, null, null);
  }
}
