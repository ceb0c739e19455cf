package convenio.model;

import convenio.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

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
  private static final Messages M = Messages.of(Account.class, "convenio.model.messages");

  public Account {
    guides = guides == null ? List.of() : List.copyOf(guides);
  }

  public static Account of(String operatorAns, Provider provider, List<Guide> guides) {
    return new Account(null, null, operatorAns, provider, null, guides);
  }

  /** The guide with this provider's number (numeroGuiaPrestador), the key every report uses. */
  public Guide guide(String number) {
    for (Guide g : guides) if (g.number().equals(number)) return g;
    throw new NoSuchElementException(M.get("lote.no.guide", loteNumber, number));
  }
}
