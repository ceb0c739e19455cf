package convenio.compile;

import convenio.model.RecursoPrazo;
import java.time.LocalDate;

/**
 * The header of a compiled contract, as plain values (the API must not need the AST to describe a contract).
 *
 * @param recursoPrazo the recurso prazos the contract states, or null when it states none
 */
public record ContractInfo(String id, String name, String version, String operatorAns, String providerKind,
    String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, String operatorName, String operatorCnpj,
    RecursoPrazo recursoPrazo) {

  public ContractInfo(String id, String name, String version, String operatorAns, String providerKind,
      String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, String operatorName, String operatorCnpj) {
    this(id, name, version, operatorAns, providerKind, providerId, effectiveFrom, effectiveTo, operatorName,
        operatorCnpj, null);
  }

  /** A contract whose header does not name the operator beyond its registro ANS. */
  public ContractInfo(String id, String name, String version, String operatorAns, String providerKind,
      String providerId, LocalDate effectiveFrom, LocalDate effectiveTo) {
    this(id, name, version, operatorAns, providerKind, providerId, effectiveFrom, effectiveTo, null, null);
  }
}
