package convenio.tiss.r40300;

import convenio.model.Money;
import convenio.tiss.RecursoHeader;
import convenio.tiss.RecursoItem;
import convenio.tiss.v40300.CabecalhoTransacao;
import convenio.tiss.v40300.CtGuiaRecursoLote;
import convenio.tiss.v40300.CtmRecursoGlosa;
import convenio.tiss.v40300.MensagemTISS;
import convenio.tiss.v40300.PrestadorOperadora;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static convenio.tiss.r40300.XmlValues.decimal;
import static convenio.tiss.r40300.XmlValues.xmlDate;

/**
 * A recurso de glosa (provider → operator) disputing item glosas, grouped by guide in the order given
 * ({@code recursoGuia} / {@code itensGuia}). A message holds at most 100 guides; more must go in several recursos.
 */
final class RecursoBuilder {
  private static final int MAX_GUIDES = 100;

  private final RecursoHeader header;
  private final List<RecursoItem> items;
  private final Writing w = new Writing("recurso de glosa");

  RecursoBuilder(RecursoHeader header, List<RecursoItem> items) {
    this.header = header;
    this.items = items;
  }

  MensagemTISS build() {
    if (items.isEmpty()) w.fail("a recurso needs at least one disputed glosa");
    CabecalhoTransacao cab = w.header("RECURSO_GLOSA", header.sequence(), header.date(), header.time());
    CabecalhoTransacao.Origem origem = new CabecalhoTransacao.Origem();
    origem.setIdentificacaoPrestador(new CabecalhoTransacao.Origem.IdentificacaoPrestador());
    w.identify(origem.getIdentificacaoPrestador(), header.provider(), "origem");
    cab.setOrigem(origem);
    CabecalhoTransacao.Destino destino = new CabecalhoTransacao.Destino();
    destino.setRegistroANS(w.text(header.operatorAns(), 6, "registroANS of the operator"));
    cab.setDestino(destino);

    CtmRecursoGlosa r = new CtmRecursoGlosa();
    r.setRegistroANS(header.operatorAns());
    r.setNumeroGuiaRecGlosaPrestador(w.text(header.number(), 20, "numeroGuiaRecGlosaPrestador"));
    r.setNomeOperadora(w.text(header.operatorName(), 70, "nomeOperadora"));
    r.setObjetoRecurso("2"); // dm_objetoRecurso 2: recurso de guia (item by item), not of the whole protocol
    r.setDadosContratado(w.contratado(header.provider(), "dadosContratado"));
    r.setNumeroLote(w.text(header.loteNumber(), 12, "numeroLote"));
    r.setNumeroProtocolo(new BigInteger(header.protocolNumber()));

    Map<String, CtmRecursoGlosa.OpcaoRecurso.RecursoGuia> guides = new LinkedHashMap<>();
    Money total = Money.ZERO;
    for (RecursoItem i : items) {
      String where = "guide " + i.guideNumber() + " item " + i.seq();
      var g = guides.computeIfAbsent(i.guideNumber(), n -> {
        var rg = new CtmRecursoGlosa.OpcaoRecurso.RecursoGuia();
        rg.setNumeroGuiaOrigem(w.text(n, 20, "numeroGuiaOrigem"));
        rg.setNumeroGuiaOperadora(i.operatorGuideNumber());
        rg.setSenha(i.authorizationNumber());
        rg.setOpcaoRecursoGuia(new CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia());
        return rg;
      });
      var it = new CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.ItensGuia();
      it.setSequencialItem(BigInteger.valueOf(i.seq()));
      it.setDataInicio(xmlDate(i.date()));
      it.setProcRecurso(w.procedure(i.table(), i.code(), i.description(), where));
      it.setGrauParticipacao(w.degree(i.degree(), where));
      it.setCodGlosaItem(w.glosa(i.glosaCode(), where));
      it.setValorRecursado(decimal(i.value()));
      it.setJustificativaItem(i.justification());
      g.getOpcaoRecursoGuia().getItensGuia().add(it);
      total = total.plus(i.value());
    }
    if (guides.size() > MAX_GUIDES) {
      w.fail(guides.size() + " guides; a recurso holds at most " + MAX_GUIDES + " (split it)");
    }
    CtmRecursoGlosa.OpcaoRecurso opcao = new CtmRecursoGlosa.OpcaoRecurso();
    opcao.getRecursoGuia().addAll(guides.values());
    r.setOpcaoRecurso(opcao);
    r.setValorTotalRecursado(decimal(total));
    r.setDataRecurso(xmlDate(header.date()));
    w.finish();

    CtGuiaRecursoLote lote = new CtGuiaRecursoLote();
    lote.setGuiaRecursoGlosa(r);
    PrestadorOperadora po = new PrestadorOperadora();
    po.setRecursoGlosa(lote);
    MensagemTISS m = new MensagemTISS();
    m.setCabecalho(cab);
    m.setPrestadorParaOperadora(po);
    return m;
  }
}
