package convenio.api;

import convenio.model.Account;
import convenio.model.PricingResult;
import convenio.model.RecursoPrazo;
import java.time.LocalDate;

/**
 * A compiled contract: immutable and safe to share between threads. Pricing never reads a file or the source.
 */
public interface Contract {
  String id();

  String name();

  String version();

  String operatorAns();

  /** The operator's name from the header ({@code operator ans "…" name "…"}), or null when the contract omits it. */
  default String operatorName() {
    return null;
  }

  /** The operator's CNPJ from the header ({@code operator ans "…" cnpj "…"}), or null when the contract omits it. */
  default String operatorCnpj() {
    return null;
  }

  /**
   * The prazos of the recurso de glosa the contract states ({@code recurso in 30 days after demonstrativo}), or null
   * when it states none.
   */
  default RecursoPrazo recursoPrazo() {
    return null;
  }

  /** "cnpj", "code" or "cpf", and the value. */
  String providerKind();

  String providerId();

  LocalDate effectiveFrom();

  /** Null when open-ended. */
  LocalDate effectiveTo();

  /** Hash of the sources and tables it was compiled from (hex SHA-256); stamped on every result. */
  String sourceHash();

  /** The account priced; each item's trace is derived when first read ({@link TraceMode#ON_DEMAND}). */
  PricingResult price(Account account);

  /**
   * The account priced, each item's trace kept as {@code trace} says. The results are the same either way, trace
   * included; a contract that records no trace of its own may ignore it.
   */
  default PricingResult price(Account account, TraceMode trace) {
    return price(account);
  }

  /**
   * The value of a contract constant ({@code let NAME = …} in the contract or a file it imports), or null when there
   * is no such constant or it depends on the item being priced. Money comes as {@link convenio.model.Money}; numbers as
   * BigDecimal, percentages as {@link convenio.model.Percent}, codes and texts as String.
   */
  default Object constant(String name) {
    return null;
  }
}
