package convenio.tiss.r40300;

import convenio.model.Account;
import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Provider;
import convenio.model.Totals;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.TissDomain;
import convenio.tiss.TissRelease;
import convenio.tiss.v40300.CabecalhoTransacao;
import convenio.tiss.v40300.CtContaMedicaResumo;
import convenio.tiss.v40300.CtDemonstrativoCabecalho;
import convenio.tiss.v40300.CtDemonstrativoRetorno;
import convenio.tiss.v40300.CtMotivoGlosa;
import convenio.tiss.v40300.CtPrestadorIdentificacao;
import convenio.tiss.v40300.CtmDemonstrativoAnaliseConta;
import convenio.tiss.v40300.MensagemTISS;
import convenio.tiss.v40300.OperadoraPrestador;
import java.math.BigInteger;
import java.time.LocalDate;

import static convenio.tiss.r40300.XmlValues.decimal;
import static convenio.tiss.r40300.XmlValues.xmlDate;
import static convenio.tiss.r40300.XmlValues.xmlTime;

/**
 * A demonstrativo de análise de conta (operator → provider) from a priced account: one protocol (the lote), per
 * guide and item the value presented (valorInformado), processed, released (valorLiberado = paid) and each glosa
 * with its table-38 code and value. valorProcessado is what the operator processed: the presented value plus what
 * the contract raised it to ({@code raised}, zero unless the contract pays its own price above a lower presented
 * one), so that processado = liberado + glosa holds to the cent at every level, as the engine guarantees.
 */
final class DemonstrativoBuilder {
  private final PricingResult result;
  private final DemonstrativoHeader header;
  private final Writing w = new Writing("write.what.demonstrativo");

  DemonstrativoBuilder(PricingResult result, DemonstrativoHeader header) {
    this.result = result;
    this.header = header;
  }

  MensagemTISS build() {
    Account account = result.account();
    Provider provider = provider(account);

    CabecalhoTransacao cab = w.header("DEMONSTRATIVO_ANALISE_CONTA", header.sequence(), header.issued(),
        header.time());
    CabecalhoTransacao.Origem origem = new CabecalhoTransacao.Origem();
    origem.setRegistroANS(w.text(header.operatorAns(), 6, Writing.M.get("where.operator.ans")));
    cab.setOrigem(origem);
    CabecalhoTransacao.Destino destino = new CabecalhoTransacao.Destino();
    destino.setIdentificacaoPrestador(new CtPrestadorIdentificacao());
    w.identify(destino.getIdentificacaoPrestador(), provider, "destino");
    cab.setDestino(destino);

    CtmDemonstrativoAnaliseConta d = new CtmDemonstrativoAnaliseConta();
    CtDemonstrativoCabecalho dc = new CtDemonstrativoCabecalho();
    dc.setRegistroANS(header.operatorAns());
    dc.setNumeroDemonstrativo(w.text(header.number(), 20, "numeroDemonstrativo"));
    dc.setNomeOperadora(w.text(header.operatorName(), 70, "nomeOperadora"));
    dc.setNumeroCNPJ(header.operatorCnpj());
    dc.setDataEmissao(xmlDate(header.issued()));
    d.setCabecalhoDemonstrativo(dc);

    CtmDemonstrativoAnaliseConta.DadosPrestador dp = new CtmDemonstrativoAnaliseConta.DadosPrestador();
    dp.setDadosContratado(w.contratado(provider, "dadosPrestador"));
    // CNES is required; "9999999" is the TISS convention for a provider without one.
    dp.setCNES(provider != null && provider.cnes() != null ? provider.cnes() : "9999999");
    d.setDadosPrestador(dp);

    CtmDemonstrativoAnaliseConta.DadosConta conta = new CtmDemonstrativoAnaliseConta.DadosConta();
    CtmDemonstrativoAnaliseConta.DadosConta.DadosProtocolo p = new CtmDemonstrativoAnaliseConta.DadosConta.DadosProtocolo();
    p.setNumeroLotePrestador(w.text(account.loteNumber(), 12, Writing.M.get("where.lote.number")));
    p.setNumeroProtocolo(w.text(header.protocolNumber(), 12, "numeroProtocolo"));
    p.setDataProtocolo(xmlDate(header.protocolDate()));
    p.setSituacaoProtocolo(header.protocolStatus() != null ? header.protocolStatus() : status(result.totals()));
    for (GuideResult g : result.guides()) p.getRelacaoGuias().add(guide(g));
    Totals t = result.totals();
    p.setValorInformadoProtocolo(decimal(t.presented()));
    p.setValorProcessadoProtocolo(decimal(processed(t)));
    p.setValorLiberadoProtocolo(decimal(t.paid()));
    p.setValorGlosaProtocolo(decimal(t.glosed()));
    conta.getDadosProtocolo().add(p);
    d.setDadosConta(conta);
    d.setValorInformadoGeral(decimal(t.presented()));
    d.setValorProcessadoGeral(decimal(processed(t)));
    d.setValorLiberadoGeral(decimal(t.paid()));
    d.setValorGlosaGeral(decimal(t.glosed()));
    w.finish();

    CtDemonstrativoRetorno retorno = new CtDemonstrativoRetorno();
    retorno.getDemonstrativoAnaliseConta().add(d);
    OperadoraPrestador op = new OperadoraPrestador();
    op.setDemonstrativosRetorno(retorno);
    MensagemTISS m = new MensagemTISS();
    m.setCabecalho(cab);
    m.setOperadoraParaPrestador(op);
    return m;
  }

  private CtContaMedicaResumo.RelacaoGuias guide(GuideResult gr) {
    Guide g = gr.guide();
    String where = Writing.guide(g.number());
    CtContaMedicaResumo.RelacaoGuias r = new CtContaMedicaResumo.RelacaoGuias();
    r.setNumeroGuiaPrestador(w.text(g.number(), 20, Writing.element(where, "numeroGuiaPrestador")));
    r.setNumeroGuiaOperadora(g.operatorNumber());
    r.setSenha(g.authorizationNumber());
    r.setNumeroCarteira(w.text(g.beneficiary() == null ? null : g.beneficiary().cardNumber(), 20,
        Writing.element(where, Writing.M.get("where.card"))));
    LocalDate start = g.startDate() != null ? g.startDate() : g.executionDate();
    if (start == null) w.fail(Writing.M.get("write.no.date", where, "dataInicioFat"));
    r.setDataInicioFat(xmlDate(start));
    r.setHoraInicioFat(xmlTime(g.startTime()));
    r.setDataFimFat(xmlDate(g.endDate()));
    r.setHoraFimFat(xmlTime(g.endTime()));
    TissDomain domain = TissDomain.of(TissRelease.CURRENT);
    for (Critique c : gr.critiques()) {
      // Guide-level findings go to motivoGlosaGuia only when they carry a table-38 code; others have no TISS place.
      if (c.code() != null && domain.glosas().accepts(c.code())) {
        CtMotivoGlosa mg = new CtMotivoGlosa();
        mg.setCodigoGlosa(c.code());
        mg.setDescricaoGlosa(text500(c.message()));
        r.getMotivoGlosaGuia().add(mg);
      }
    }
    r.setSituacaoGuia(status(gr.totals()));
    for (ItemResult ir : gr.items()) r.getDetalhesGuia().add(item(g, ir, where));
    Totals t = gr.totals();
    r.setValorInformadoGuia(decimal(t.presented()));
    r.setValorProcessadoGuia(decimal(processed(t)));
    r.setValorLiberadoGuia(decimal(t.paid()));
    r.setValorGlosaGuia(decimal(t.glosed()));
    return r;
  }

  private CtContaMedicaResumo.RelacaoGuias.DetalhesGuia item(Guide g, ItemResult ir, String guideWhere) {
    Item i = ir.item();
    String where = Writing.item(guideWhere, i.seq());
    var d = new CtContaMedicaResumo.RelacaoGuias.DetalhesGuia();
    d.setSequencialItem(BigInteger.valueOf(i.seq()));
    LocalDate day = i.date() != null ? i.date() : g.executionDate();
    if (day == null) w.fail(Writing.M.get("write.no.date", where, "dataRealizacao"));
    d.setDataRealizacao(xmlDate(day));
    d.setProcedimento(w.procedure(i.table(), i.code(), i.description(), where));
    d.setGrauParticipacao(w.degree(i.degree(), where));
    d.setValorInformado(decimal(ir.presented()));
    d.setQtdExecutada(w.quantity(i.quantity(), where));
    d.setValorProcessado(decimal(ir.presented().plus(ir.raised())));
    d.setValorLiberado(decimal(ir.paid()));
    for (Glosa gl : ir.glosas()) {
      var rg = new CtContaMedicaResumo.RelacaoGuias.DetalhesGuia.RelacaoGlosa();
      rg.setValorGlosa(decimal(gl.value()));
      rg.setTipoGlosa(w.glosa(gl.code(), where));
      d.getRelacaoGlosa().add(rg);
    }
    return d;
  }

  static Money processed(Totals t) {
    return t.presented().plus(t.raised());
  }

  /** dm_statusProtocolo: 3 liberado para pagamento when anything is paid, else 4 encerrado sem pagamento. */
  static String status(Totals t) {
    return t.paid().greaterThan(Money.ZERO) || t.presented().isZero() ? "3" : "4";
  }

  static String text500(String s) {
    if (s == null || s.isBlank()) return null;
    return s.length() > 500 ? s.substring(0, 500) : s;
  }

  /** The provider the demonstrativo is addressed to: the account's, else the first guide's executor. */
  static Provider provider(Account a) {
    if (a.provider() != null) return a.provider();
    for (Guide g : a.guides()) {
      if (g.executor() != null) return g.executor();
    }
    return null;
  }
}
