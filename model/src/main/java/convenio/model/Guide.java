package convenio.model;

import convenio.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A billing guide (a "conta"): one patient's consultation, SP/SADT, hospitalization summary or fee guide.
 *
 * @param number             numeroGuiaPrestador, the provider's number, the key in every report
 * @param operatorNumber     numeroGuiaOperadora, when the operator assigned one
 * @param character          caraterAtendimento (dm_caraterAtendimento: 1 elective, 2 urgency/emergency), or null
 * @param accommodation      tipoAcomodacao (dm_tipoAcomodacao), or null
 * @param billingType        tipoFaturamento (dm_tipoFaturamento: 1 partial, 2 final, 3 complementary, 4 total), or null
 * @param dischargeReason    motivoEncerramento (dm_motivoSaida), or null
 * @param authorizationNumber senha / authorization given by the operator, or null when none was presented
 * @param presentedTotal     the guide's own valorTotal, or null when the message has none
 */
public record Guide(
    String number,
    String operatorNumber,
    String mainGuideNumber,
    GuideType type,
    Beneficiary beneficiary,
    Provider executor,
    String character,
    String accommodation,
    String billingType,
    String dischargeReason,
    String authorizationNumber,
    LocalDate authorizationDate,
    LocalDate startDate,
    LocalTime startTime,
    LocalDate endDate,
    LocalTime endTime,
    Money presentedTotal,
    List<Item> items) {
  private static final Messages M = Messages.of(Guide.class, "convenio.model.messages");

  public Guide {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public boolean inpatient() {
    return type != null && type.inpatient();
  }

  /** The date used to choose contract and table versions: the first item's date, else the guide's start date. */
  public LocalDate executionDate() {
    if (startDate != null) return startDate;
    for (Item i : items) {
      if (i.date() != null) return i.date();
    }
    return authorizationDate;
  }

  public Guide withItems(List<Item> newItems) {
    return new Guide(number, operatorNumber, mainGuideNumber, type, beneficiary, executor, character, accommodation,
        billingType, dischargeReason, authorizationNumber, authorizationDate, startDate, startTime, endDate, endTime,
        presentedTotal, newItems);
  }

  /** The item with this sequence number (TISS sequencialItem, or its line in a hand-written account). */
  public Item item(int seq) {
    for (Item i : items) if (i.seq() == seq) return i;
    throw new NoSuchElementException(M.get("guide.no.item", number, seq));
  }
}
