package convenio.api;

import convenio.compile.ContractInfo;
import convenio.model.Account;
import convenio.model.PricingResult;
import convenio.runtime.ContractRules;
import convenio.runtime.Pricer;
import java.time.LocalDate;
import java.util.Map;

/** A contract as the compiler left it: its header and its rules, immutable; every call to price works on its own. */
final class CompiledContract implements Contract {
  private final ContractInfo info;
  private final ContractRules rules;
  private final String hash;
  private final Map<String, Object> constants;

  CompiledContract(ContractInfo info, ContractRules rules, String hash, Map<String, Object> constants) {
    this.info = info;
    this.rules = rules;
    this.hash = hash;
    this.constants = constants;
  }

  @Override
  public Object constant(String name) {
    return constants.get(name);
  }

  @Override
  public String id() {
    return info.id();
  }

  @Override
  public String name() {
    return info.name();
  }

  @Override
  public String version() {
    return info.version();
  }

  @Override
  public String operatorAns() {
    return info.operatorAns();
  }

  @Override
  public String operatorName() {
    return info.operatorName();
  }

  @Override
  public String operatorCnpj() {
    return info.operatorCnpj();
  }

  @Override
  public convenio.model.RecursoPrazo recursoPrazo() {
    return info.recursoPrazo();
  }

  @Override
  public String providerKind() {
    return info.providerKind();
  }

  @Override
  public String providerId() {
    return info.providerId();
  }

  @Override
  public LocalDate effectiveFrom() {
    return info.effectiveFrom();
  }

  @Override
  public LocalDate effectiveTo() {
    return info.effectiveTo();
  }

  @Override
  public String sourceHash() {
    return hash;
  }

  @Override
  public PricingResult price(Account account) {
    return price(account, TraceMode.ON_DEMAND);
  }

  @Override
  public PricingResult price(Account account, TraceMode trace) {
    return Pricer.price(rules, account, info.id(), info.version(), hash, trace == TraceMode.KEPT);
  }

  ContractRules rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "contract " + info.id() + " version " + info.version();
  }
}
