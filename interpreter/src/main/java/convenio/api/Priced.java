package convenio.api;

import convenio.model.PricingResult;

/**
 * What the registry gives for an account: the result and the contract version that priced it, or, when no contract
 * version can be chosen (none covers it, or its guides fall under two versions), a message naming both sides, and
 * the number of the guide it concerns when it concerns one.
 */
public record Priced(PricingResult result, RegisteredContract contract, String error, String guide) {
  static Priced failed(RegistrySnapshot.Selection why) {
    return new Priced(null, null, why.error(), why.guide());
  }

  public boolean ok() {
    return result != null;
  }
}
