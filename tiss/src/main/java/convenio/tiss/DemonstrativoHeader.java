package convenio.tiss;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What a demonstrativo de análise de conta says besides the priced account: who the operator is and which
 * protocol it answers. The provider and the lote number come from the account.
 *
 * @param operatorAns    registroANS of the operator (6 digits)
 * @param operatorCnpj   numeroCNPJ of the operator (14 characters)
 * @param number         numeroDemonstrativo
 * @param time           time of the message (horaRegistroTransacao), or null for now
 * @param protocolNumber numeroProtocolo the operator gave the lote
 * @param protocolStatus situacaoProtocolo (dm_statusProtocolo), or null to derive it (3 liberado para pagamento when
 *                       anything is paid, else 4 encerrado sem pagamento)
 * @param sequence       sequencialTransacao of the message
 */
public record DemonstrativoHeader(String operatorAns, String operatorName, String operatorCnpj, String number,
    LocalDate issued, LocalTime time, String protocolNumber, LocalDate protocolDate, String protocolStatus, String sequence) {

  public DemonstrativoHeader {
    Objects.requireNonNull(operatorAns, "operatorAns");
    Objects.requireNonNull(operatorName, "operatorName");
    Objects.requireNonNull(operatorCnpj, "operatorCnpj");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(protocolNumber, "protocolNumber");
    Objects.requireNonNull(protocolDate, "protocolDate");
    if (sequence == null) sequence = number;
  }
}
