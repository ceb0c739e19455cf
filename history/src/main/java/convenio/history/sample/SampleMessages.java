package convenio.history.sample;

import convenio.model.Account;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import convenio.tiss.RecursoHeader;
import convenio.tiss.RecursoItem;
import convenio.tiss.RecursoWriter;
import convenio.tiss.TissHash;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TISS messages of the recurso cycle built from plain figures, for the sample history and the tests: an operator's
 * demonstrativo de análise de conta (through {@link DemonstrativoWriter}), the provider's recurso (through
 * {@link RecursoWriter}), and the operator's respostaRecursoGlosa (ct_glosaRecibo, item by item). All 4.03.00,
 * ISO-8859-1, hash filled.
 */
public final class SampleMessages {
  /** A fixed time of day, so that the same figures make the same bytes. */
  private static final java.time.LocalTime NOON = java.time.LocalTime.of(12, 0);

  private SampleMessages() {}

  /** A glosa the operator applies to the item {@code guide}/{@code seq}. */
  public record GlosaAt(String guide, int seq, String code, Money value) {}

  /** An item's answer: what was appealed and what the operator accepted. */
  public record Answer(String guide, int seq, LocalDate date, String table, String code, String glosaCode,
      Money appealed, Money accepted) {}

  public static byte[] demonstrativo(Account lote, List<GlosaAt> glosas, String operatorName, String operatorCnpj,
      String number, LocalDate issued, String protocol) {
    List<GuideResult> guides = new ArrayList<>();
    for (Guide g : lote.guides()) {
      List<ItemResult> items = new ArrayList<>();
      for (Item i : g.items()) {
        List<Glosa> gl = new ArrayList<>();
        Money glosed = Money.ZERO;
        for (GlosaAt a : glosas) {
          if (a.guide().equals(g.number()) && a.seq() == i.seq()) {
            gl.add(new Glosa(a.code(), null, a.value(), "glosa " + a.code(), GlosaGroup.ADMINISTRATIVE, null, null, true));
            glosed = glosed.plus(a.value());
          }
        }
        Money paid = i.totalValue().minus(glosed);
        items.add(new ItemResult(i, null, i.unitValue(), i.totalValue(), i.quantity(), paid, Money.ZERO, gl, List.of()));
      }
      guides.add(new GuideResult(g, items, List.of()));
    }
    PricingResult r = new PricingResult(lote, "sample", "1", "0", guides);
    return DemonstrativoWriter.write(r, new DemonstrativoHeader(lote.operatorAns(), operatorName, operatorCnpj, number,
        issued, NOON, protocol, issued, null, number));
  }

  public static byte[] recurso(Account lote, String operatorName, String protocol, String number, LocalDate date,
      List<GlosaAt> appealed) {
    List<RecursoItem> items = new ArrayList<>();
    for (GlosaAt a : appealed) {
      Guide g = lote.guides().stream().filter(x -> x.number().equals(a.guide())).findFirst().orElseThrow();
      Item i = g.items().stream().filter(x -> x.seq() == a.seq()).findFirst().orElseThrow();
      items.add(RecursoItem.of(g, i, a.code(), a.value(), "Valor conforme a tabela do contrato."));
    }
    return RecursoWriter.write(new RecursoHeader(lote.operatorAns(), operatorName, lote.provider(), lote.loteNumber(),
        protocol, number, date, NOON, number), items);
  }

  /**
   * The operator's answer to a recurso, item by item (valorAcatado), as ct_glosaRecibo. {@code loteNumber} and
   * {@code protocol} are digits (st_numerico12).
   */
  public static byte[] resposta(String operatorAns, String operatorName, String providerCode, String loteNumber,
      String protocol, String recursoNumber, LocalDate recursoDate, LocalDate answeredOn, List<Answer> answers) {
    StringBuilder items = new StringBuilder();
    Money appealed = Money.ZERO;
    Money accepted = Money.ZERO;
    for (Answer a : answers) {
      appealed = appealed.plus(a.appealed());
      accepted = accepted.plus(a.accepted());
      items.append("<ans:recursoGuia><ans:respostaGuiaItens>")
          .append(el("numeroGuiaPrestador", a.guide())).append(el("dataRealizacao", a.date().toString()))
          .append(el("sequencialItem", String.valueOf(a.seq())))
          .append("<ans:procRecurso>").append(el("codigoTabela", a.table())).append(el("codigoProcedimento", a.code()))
          .append(el("descricaoProcedimento", a.code())).append("</ans:procRecurso>")
          .append(el("codGlosa", a.glosaCode())).append(el("valorRecursado", plain(a.appealed())))
          .append(el("justificativaPrestador", "Valor conforme a tabela do contrato."))
          .append(el("valorAcatadado", plain(a.accepted())));
      if (a.accepted().lessThan(a.appealed())) items.append(el("justificativaOperadora", "Mantida a glosa."));
      items.append("</ans:respostaGuiaItens></ans:recursoGuia>");
    }
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
        + "<ans:mensagemTISS xmlns:ans=\"http://www.ans.gov.br/padroes/tiss/schemas\">"
        + "<ans:cabecalho><ans:identificacaoTransacao>" + el("tipoTransacao", "RESPOSTA_RECURSO_GLOSA")
        + el("sequencialTransacao", recursoNumber) + el("dataRegistroTransacao", answeredOn.toString())
        + el("horaRegistroTransacao", "10:00:00") + "</ans:identificacaoTransacao>"
        + "<ans:origem>" + el("registroANS", operatorAns) + "</ans:origem>"
        + "<ans:destino><ans:identificacaoPrestador>" + el("codigoPrestadorNaOperadora", providerCode)
        + "</ans:identificacaoPrestador></ans:destino>" + el("Padrao", "4.03.00") + "</ans:cabecalho>"
        + "<ans:operadoraParaPrestador><ans:respostaRecursoGlosa><ans:reciboGlosa>"
        + el("registroANS", operatorAns) + el("numeroGuiaRecGlosaPrestador", recursoNumber)
        + el("nomeOperadora", operatorName) + el("objetoRecurso", "2") + el("codigoPrestador", providerCode)
        + el("numeroLote", loteNumber) + el("numeroProtocolo", protocol)
        + "<ans:opcaoRecurso>" + items + "</ans:opcaoRecurso>"
        + el("dataRecurso", recursoDate.toString()) + el("valorTotalRecursado", plain(appealed))
        + el("valorTotalAcatado", plain(accepted))
        + "</ans:reciboGlosa></ans:respostaRecursoGlosa></ans:operadoraParaPrestador>"
        + "<ans:epilogo><ans:hash></ans:hash></ans:epilogo></ans:mensagemTISS>";
    byte[] empty = xml.getBytes(StandardCharsets.ISO_8859_1);
    String hash = TissHash.compute(empty);
    return xml.replace("<ans:hash></ans:hash>", "<ans:hash>" + hash + "</ans:hash>").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String el(String name, String value) {
    return "<ans:" + name + ">" + value.replace("&", "&amp;").replace("<", "&lt;") + "</ans:" + name + ">";
  }

  private static String plain(Money m) {
    return m.toBigDecimal().setScale(2).toPlainString();
  }

  static Map<String, BigDecimal> none() {
    return Map.of();
  }
}
