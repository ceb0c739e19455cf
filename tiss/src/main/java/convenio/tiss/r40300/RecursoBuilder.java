package convenio.tiss.r40300;

import convenio.model.Money;
import convenio.tiss.RecursoHeader;
import convenio.tiss.RecursoGuiaCompleta;
import convenio.tiss.RecursoItem;
import convenio.tiss.RecursoProtocolo;
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
 * A recurso de glosa (provider → operator): either of guides (objetoRecurso 2, {@code recursoGuia}), each appealed
 * whole ({@code recursoGuiaCompleta}, when the demonstrativo glosed the whole guide) or item by item
 * ({@code itensGuia}), in the order given; or of the whole protocol (objetoRecurso 1, {@code recursoProtocolo}). A
 * message holds at most 100 guides; more must go in several recursos.
 */
final class RecursoBuilder {
  private static final int MAX_GUIDES = 100;

  private final RecursoHeader header;
  private final List<RecursoItem> items;
  private final List<RecursoGuiaCompleta> wholeGuides;
  private final RecursoProtocolo protocol;
  private final Writing w = new Writing("write.what.recurso");

  /** @param protocol the whole protocol's appeal, or null for a recurso of guides */
  RecursoBuilder(RecursoHeader header, List<RecursoItem> items, List<RecursoGuiaCompleta> wholeGuides,
      RecursoProtocolo protocol) {
    this.header = header;
    this.items = items;
    this.wholeGuides = wholeGuides;
    this.protocol = protocol;
  }

  MensagemTISS build() {
    if (protocol == null && items.isEmpty() && wholeGuides.isEmpty()) w.fail(Writing.M.get("recurso.empty"));
    CabecalhoTransacao cab = w.header("RECURSO_GLOSA", header.sequence(), header.date(), header.time());
    CabecalhoTransacao.Origem origem = new CabecalhoTransacao.Origem();
    origem.setIdentificacaoPrestador(new CabecalhoTransacao.Origem.IdentificacaoPrestador());
    w.identify(origem.getIdentificacaoPrestador(), header.provider(), "origem");
    cab.setOrigem(origem);
    CabecalhoTransacao.Destino destino = new CabecalhoTransacao.Destino();
    destino.setRegistroANS(w.text(header.operatorAns(), 6, Writing.M.get("where.operator.ans")));
    cab.setDestino(destino);

    CtmRecursoGlosa r = new CtmRecursoGlosa();
    r.setRegistroANS(header.operatorAns());
    r.setNumeroGuiaRecGlosaPrestador(w.text(header.number(), 20, "numeroGuiaRecGlosaPrestador"));
    r.setNomeOperadora(w.text(header.operatorName(), 70, "nomeOperadora"));
    // dm_objetoRecurso: 1 recurso de protocolo, 2 recurso de guia (whole or item by item)
    r.setObjetoRecurso(protocol != null ? "1" : "2");
    r.setDadosContratado(w.contratado(header.provider(), "dadosContratado"));
    r.setNumeroLote(w.text(header.loteNumber(), 12, "numeroLote"));
    r.setNumeroProtocolo(new BigInteger(header.protocolNumber()));

    CtmRecursoGlosa.OpcaoRecurso opcao = new CtmRecursoGlosa.OpcaoRecurso();
    Money total = Money.ZERO;
    if (protocol != null) {
      var rp = new CtmRecursoGlosa.OpcaoRecurso.RecursoProtocolo();
      rp.setCodigoGlosaProtocolo(w.glosa(protocol.glosaCode(), Writing.M.get("where.protocol")));
      rp.setJustificativaProtocolo(protocol.justification());
      opcao.setRecursoProtocolo(rp);
      total = protocol.value();
    } else {
      total = guides(opcao);
    }
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

  /** The recursoGuia elements, whole guides first in the order given, then the guides appealed item by item. */
  private Money guides(CtmRecursoGlosa.OpcaoRecurso opcao) {
    Map<String, CtmRecursoGlosa.OpcaoRecurso.RecursoGuia> guides = new LinkedHashMap<>();
    Money total = Money.ZERO;
    for (RecursoGuiaCompleta g : wholeGuides) {
      var rg = guide(guides, g.guideNumber(), g.operatorGuideNumber(), g.authorizationNumber());
      var whole = new CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia.RecursoGuiaCompleta();
      whole.setCodGlosaGuia(w.glosa(g.glosaCode(), Writing.guide(g.guideNumber())));
      whole.setJustificativaGuia(g.justification());
      rg.getOpcaoRecursoGuia().getRecursoGuiaCompleta().add(whole);
      total = total.plus(g.value());
    }
    for (RecursoItem i : items) {
      String where = Writing.item(Writing.guide(i.guideNumber()), i.seq());
      var g = guide(guides, i.guideNumber(), i.operatorGuideNumber(), i.authorizationNumber());
      if (!g.getOpcaoRecursoGuia().getRecursoGuiaCompleta().isEmpty()) {
        // TISS holds one form per guide (a choice): a guide appealed whole cannot also list items.
        w.fail(Writing.M.get("recurso.whole.and.items", where));
        continue;
      }
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
      w.fail(Writing.M.get("recurso.too.many", guides.size(), MAX_GUIDES));
    }
    opcao.getRecursoGuia().addAll(guides.values());
    return total;
  }

  private CtmRecursoGlosa.OpcaoRecurso.RecursoGuia guide(Map<String, CtmRecursoGlosa.OpcaoRecurso.RecursoGuia> guides,
      String number, String operatorNumber, String authorization) {
    return guides.computeIfAbsent(number, n -> {
      var rg = new CtmRecursoGlosa.OpcaoRecurso.RecursoGuia();
      rg.setNumeroGuiaOrigem(w.text(n, 20, "numeroGuiaOrigem"));
      rg.setNumeroGuiaOperadora(operatorNumber);
      rg.setSenha(authorization);
      rg.setOpcaoRecursoGuia(new CtmRecursoGlosa.OpcaoRecurso.RecursoGuia.OpcaoRecursoGuia());
      return rg;
    });
  }
}
