package convenio.api;

import convenio.model.PricingResult;

/**
 * What the registry gives for an account: the result and the contract version that priced it, or, when no contract
 * version can be chosen (none covers it, or its guides fall under two versions), a message naming both sides.
 */
public record Priced(PricingResult result, RegisteredContract contract, String error) {
  static Priced failed(String error) {
    return new Priced(null, null, error);
  }

  public boolean ok() {
    return result != null;
  }
}
