package convenio.tiss;

import convenio.model.Provider;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The frame of a recurso de glosa (provider → operator): whom it is addressed to, who sends it and which lote and
 * protocol the disputed glosas came from.
 *
 * @param operatorAns    registroANS of the operator (6 digits)
 * @param provider       the provider appealing (codeAtOperator, CNPJ or CPF identifies it)
 * @param protocolNumber numeroProtocolo of the lote whose glosas are disputed (digits only, up to 12)
 * @param number         numeroGuiaRecGlosaPrestador, the provider's number for this recurso
 * @param time           time of the message (horaRegistroTransacao), or null for now
 * @param sequence       sequencialTransacao of the message
 */
public record RecursoHeader(String operatorAns, String operatorName, Provider provider, String loteNumber,
    String protocolNumber, String number, LocalDate date, LocalTime time, String sequence) {

  public RecursoHeader {
    Objects.requireNonNull(operatorAns, "operatorAns");
    Objects.requireNonNull(operatorName, "operatorName");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(loteNumber, "loteNumber");
    Objects.requireNonNull(protocolNumber, "protocolNumber");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    if (!protocolNumber.matches("\\d{1,12}")) {
      throw new IllegalArgumentException(TissTexts.M.get("recurso.protocol.digits", protocolNumber));
    }
    if (sequence == null) sequence = number;
  }
}
