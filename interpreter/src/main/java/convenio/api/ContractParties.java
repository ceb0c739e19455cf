package convenio.api;

import convenio.i18n.Messages;
import convenio.i18n.Text;
import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator–provider pair a contract is signed between, in a form accounts can be matched against: CNPJ and CPF
 * compare by digits only ({@code 12.345.678/0001-90} is {@code 12345678000190}), codes at the operator as written.
 */
record ContractParties(String operatorAns, String providerKind, String providerId) {
  private static final Messages M = Messages.of(ContractParties.class, "convenio.api.messages");

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
    if (p == null) return M.get("parties.no.provider");
    List<String> ids = new ArrayList<>();
    if (p.codeAtOperator() != null) ids.add(M.get("parties.code", p.codeAtOperator()));
    if (p.cnpj() != null) ids.add("CNPJ " + p.cnpj());
    if (p.cpf() != null) ids.add("CPF " + p.cpf());
    return ids.isEmpty() ? M.get("parties.no.id") : String.join(", ", ids);
  }

  /** The pair as messages name it, written in the language of whoever reads the message. */
  Text description() {
    return providerKind.equals("code") ? M.text("parties.with.code", operatorAns, providerId)
        : M.text("parties", operatorAns, providerKind.toUpperCase(), providerId);
  }

  String describe() {
    return description().get();
  }

  private static String normalize(String kind, String id) {
    if (id == null) return "";
    return kind.equals("code") ? id.strip() : id.replaceAll("\\D", "");
  }
}
