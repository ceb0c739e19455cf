package convenio.api;

import convenio.artifact.ArtifactHeader;
import convenio.model.Account;
import convenio.model.PricingResult;
import java.time.LocalDate;

/**
 * A contract loaded from an artifact whose engine-computed identity differs from what its header recorded (for
 * instance a hash computed differently by another compiler version): it answers with the header's id, version and
 * hash, so that results name the artifact exactly as it was published.
 */
final class ArtifactContract implements Contract {
  private final Contract engine;
  private final ArtifactHeader header;

  ArtifactContract(Contract engine, ArtifactHeader header) {
    this.engine = engine;
    this.header = header;
  }

  @Override public String id() { return header.contractId(); }
  @Override public String name() { return engine.name(); }
  @Override public String version() { return header.version(); }
  @Override public String operatorAns() { return engine.operatorAns(); }
  @Override public String operatorName() { return engine.operatorName(); }
  @Override public String operatorCnpj() { return engine.operatorCnpj(); }
  @Override public convenio.model.RecursoPrazo recursoPrazo() { return engine.recursoPrazo(); }
  @Override public String providerKind() { return engine.providerKind(); }
  @Override public String providerId() { return engine.providerId(); }
  @Override public LocalDate effectiveFrom() { return engine.effectiveFrom(); }
  @Override public LocalDate effectiveTo() { return engine.effectiveTo(); }
  @Override public String sourceHash() { return header.sourceHash(); }

  @Override
  public PricingResult price(Account account) {
    return price(account, TraceMode.ON_DEMAND);
  }

  @Override
  public PricingResult price(Account account, TraceMode trace) {
    PricingResult r = engine.price(account, trace);
    return new PricingResult(r.account(), id(), version(), sourceHash(), r.guides(), r.totals());
  }
}
