package convenio.tiss;

import convenio.model.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The recurso de glosa cycle and the payment as read from TISS (4.03.00 binding, every release read with it): the
 * recursoGlosa a provider sent (ct_recursoGlosa), the operator's respostaRecursoGlosa (ct_respostaGlosa /
 * ct_glosaRecibo) and its demonstrativoPagamento (ctm_demonstrativoPagamento). Values are exact money; a value with
 * fractions of a cent is invalid TISS and reads as absent (null); codes as written.
 */
public final class TissMessages {
  private TissMessages() {}

  /** A recursoGlosa sent (prestadorParaOperadora/recursoGlosa/guiaRecursoGlosa). */
  public record Recurso(String operatorAns, String operatorName, String providerCode, String loteNumber,
      String protocolNumber, String number, String operatorNumber, String object, LocalDate date, Money total,
      Motivo protocolGlosa, List<RecursoGuia> guides, LocalDate sentOn) {
    public Recurso {
      guides = List.copyOf(guides);
    }
  }

  /** A glosa code with the text that goes with it (the provider's justification or the operator's answer). */
  public record Motivo(String code, String text) {}

  /** A guide of a recurso: appealed whole (recursoGuiaCompleta) and/or item by item. */
  public record RecursoGuia(String number, String operatorNumber, List<Motivo> whole, List<RecursoLinha> items) {
    public RecursoGuia {
      whole = List.copyOf(whole);
      items = List.copyOf(items);
    }
  }

  /** An item appealed: its sequencialItem, procedure, the glosa code appealed and the value claimed. */
  public record RecursoLinha(int seq, String table, String code, String glosaCode, Money value, String justification) {}

  /** The operator's answer to a recurso (operadoraParaPrestador/respostaRecursoGlosa). */
  public record Resposta(String operatorAns, String loteNumber, String protocolNumber, String recursoNumber,
      String operatorRecursoNumber, LocalDate recursoDate, Money appealed, Money accepted,
      ProtocolAnswer protocol, List<GuideAnswer> guides, List<ItemAnswer> items, String statusProtocol,
      LocalDate answeredOn) {
    public Resposta {
      guides = List.copyOf(guides);
      items = List.copyOf(items);
    }
  }

  /** The answer to a recurso of a whole protocol: accepted or not, with the operator's reason when not. */
  public record ProtocolAnswer(String glosaCode, boolean accepted, String reason) {}

  /** The answer to a recurso of a whole guide. */
  public record GuideAnswer(String guide, String glosaCode, boolean accepted, String reason) {}

  /** The answer to an appealed item: what was claimed and what the operator accepted (valorAcatado). */
  public record ItemAnswer(String guide, int seq, String code, String glosaCode, Money appealed, Money accepted,
      String reason) {}

  /** An operator's demonstrativoPagamento: per payment date, the protocols paid with their values. */
  public record Pagamento(String operatorAns, String operatorName, String number, LocalDate issued,
      String providerCode, List<PagamentoProtocolo> protocols, Money liberado) {
    public Pagamento {
      protocols = List.copyOf(protocols);
    }
  }

  /** A protocol in a payment: its lote, the date paid and the values informado, processado, liberado, glosa. */
  public record PagamentoProtocolo(LocalDate paidOn, String loteNumber, String protocolNumber, LocalDate protocolDate,
      Money informado, Money processado, Money liberado, Money glosa) {}
}
