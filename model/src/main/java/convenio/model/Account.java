package convenio.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a provider presents for pricing: a lote of guides from one provider to one operator.
 * A hand-written YAML/JSON account has the same shape.
 *
 * @param tissVersion the message's Padrao (e.g. 4.03.00), or null for hand-written accounts
 */
public record Account(
    String loteNumber,
    String tissVersion,
    String operatorAns,
    Provider provider,
    LocalDate sentOn,
    List<Guide> guides) {

  public Account {
    guides = guides == null ? List.of() : List.copyOf(guides);
  }

  public static Account of(String operatorAns, Provider provider, List<Guide> guides) {
    return new Account(null, null, operatorAns, provider, null, guides);
  }
}
