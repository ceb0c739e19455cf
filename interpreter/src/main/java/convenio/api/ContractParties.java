package convenio.api;

import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.Provider;

/**
 * The operator–provider pair a contract is signed between, in a form accounts can be matched against: CNPJ and CPF
 * compare by digits only ({@code 12.345.678/0001-90} is {@code 12345678000190}), codes at the operator as written.
 */
record ContractParties(String operatorAns, String providerKind, String providerId) {
  static ContractParties of(Contract c) {
    return new ContractParties(c.operatorAns(), c.providerKind(), normalize(c.providerKind(), c.providerId()));
  }

  /** Does the account's provider (or, when the lote names none, its first guide's executor) match this pair? */
  boolean matches(Account account) {
    if (!operatorAns.equals(account.operatorAns())) return false;
    Provider p = providerOf(account);
    if (p == null) return false;
    String id = switch (providerKind) {
      case "cnpj" -> p.cnpj();
      case "cpf" -> p.cpf();
      default -> p.codeAtOperator();
    };
    return id != null && providerId.equals(normalize(providerKind, id));
  }

  static Provider providerOf(Account account) {
    if (account.provider() != null) return account.provider();
    for (Guide g : account.guides()) if (g.executor() != null) return g.executor();
    return null;
  }

  /** How an account's provider is named in messages: every identifier it carries. */
  static String describe(Provider p) {
    if (p == null) return "no provider";
    StringBuilder b = new StringBuilder();
    if (p.codeAtOperator() != null) b.append("code ").append(p.codeAtOperator());
    if (p.cnpj() != null) b.append(b.length() > 0 ? ", " : "").append("CNPJ ").append(p.cnpj());
    if (p.cpf() != null) b.append(b.length() > 0 ? ", " : "").append("CPF ").append(p.cpf());
    return b.length() == 0 ? "a provider with no code, CNPJ or CPF" : b.toString();
  }

  String describe() {
    String kind = providerKind.equals("code") ? "code" : providerKind.toUpperCase();
    return "operator ANS " + operatorAns + " and provider " + kind + " " + providerId;
  }

  private static String normalize(String kind, String id) {
    if (id == null) return "";
    return kind.equals("code") ? id.strip() : id.replaceAll("\\D", "");
  }
}
