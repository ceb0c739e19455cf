package convenio.model;

/**
 * The patient. {@code congenere} is the beneficiary's home operator in intercâmbio (e.g. the Unimed
 * of origin); price tables may carry entries specific to it.
 */
public record Beneficiary(String cardNumber, String name, String congenere, boolean newborn) {}
