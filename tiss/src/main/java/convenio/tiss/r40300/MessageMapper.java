package convenio.tiss.r40300;

import convenio.model.Money;
import convenio.tiss.TissMessages;
import convenio.tiss.v40300.CtContratadoDados;
import convenio.tiss.v40300.CtDadosResumoDemonstrativo;
import convenio.tiss.v40300.CtGlosaRecibo;
import convenio.tiss.v40300.CtRespostaGlosa;
import convenio.tiss.v40300.CtRespostaGlosaGuiaMedica;
import convenio.tiss.v40300.CtRespostaGlosaItemMedico;
import convenio.tiss.v40300.CtmDemonstrativoPagamento;
import convenio.tiss.v40300.CtmRecursoGlosa;
import convenio.tiss.v40300.MensagemTISS;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static convenio.tiss.r40300.XmlValues.date;
import static convenio.tiss.r40300.XmlValues.moneyOrNull;
import static convenio.tiss.r40300.XmlValues.text;

/** The recurso, its answer and the payment (4.03.00 binding) as {@link TissMessages} records. */
final class MessageMapper {
  private MessageMapper() {}

  static TissMessages.Recurso recurso(MensagemTISS m) {
    if (m.getPrestadorParaOperadora() == null || m.getPrestadorParaOperadora().getRecursoGlosa() == null
        || m.getPrestadorParaOperadora().getRecursoGlosa().getGuiaRecursoGlosa() == null) {
      return null;
    }
    CtmRecursoGlosa r = m.getPrestadorParaOperadora().getRecursoGlosa().getGuiaRecursoGlosa();
    TissMessages.Motivo protocolGlosa = null;
    List<TissMessages.RecursoGuia> guides = new ArrayList<>();
    if (r.getOpcaoRecurso() != null) {
      var p = r.getOpcaoRecurso().getRecursoProtocolo();
      if (p != null) protocolGlosa = new TissMessages.Motivo(text(p.getCodigoGlosaProtocolo()), text(p.getJustificativaProtocolo()));
      for (var g : r.getOpcaoRecurso().getRecursoGuia()) {
        List<TissMessages.Motivo> whole = new ArrayList<>();
        List<TissMessages.RecursoLinha> items = new ArrayList<>();
        var o = g.getOpcaoRecursoGuia();
        if (o != null) {
          for (var w : o.getRecursoGuiaCompleta()) whole.add(new TissMessages.Motivo(text(w.getCodGlosaGuia()), text(w.getJustificativaGuia())));
          for (var i : o.getItensGuia()) {
            var proc = i.getProcRecurso();
            items.add(new TissMessages.RecursoLinha(seq(i.getSequencialItem()), proc == null ? null : text(proc.getCodigoTabela()),
                proc == null ? null : text(proc.getCodigoProcedimento()), text(i.getCodGlosaItem()),
                moneyOrNull(i.getValorRecursado()), text(i.getJustificativaItem())));
          }
        }
        guides.add(new TissMessages.RecursoGuia(text(g.getNumeroGuiaOrigem()), text(g.getNumeroGuiaOperadora()), whole, items));
      }
    }
    return new TissMessages.Recurso(text(r.getRegistroANS()), text(r.getNomeOperadora()), provider(r.getDadosContratado()),
        text(r.getNumeroLote()), number(r.getNumeroProtocolo()), text(r.getNumeroGuiaRecGlosaPrestador()),
        text(r.getNumeroGuiaRecGlosaOperadora()), text(r.getObjetoRecurso()), date(r.getDataRecurso()),
        moneyOrNull(r.getValorTotalRecursado()), protocolGlosa, guides, sent(m));
  }

  static TissMessages.Resposta resposta(MensagemTISS m) {
    if (m.getOperadoraParaPrestador() == null || m.getOperadoraParaPrestador().getRespostaRecursoGlosa() == null) return null;
    CtRespostaGlosa rg = m.getOperadoraParaPrestador().getRespostaRecursoGlosa();
    CtGlosaRecibo r = rg.getReciboGlosa();
    if (r == null) {
      var st = rg.getReciboGlosaStatus();
      if (st == null) return null;
      return new TissMessages.Resposta(text(st.getRegistroANS()), text(st.getNumeroLote()), null,
          text(st.getNrProtocoloRecursoGlosa()), null, date(st.getDataEnvioRecurso()), null, null, null, List.of(),
          List.of(), text(st.getSituacaoProtocolo()), date(st.getDataSituacao()) != null ? date(st.getDataSituacao()) : sent(m));
    }
    TissMessages.ProtocolAnswer protocol = null;
    List<TissMessages.GuideAnswer> guides = new ArrayList<>();
    List<TissMessages.ItemAnswer> items = new ArrayList<>();
    if (r.getOpcaoRecurso() != null) {
      var p = r.getOpcaoRecurso().getRecursoProtocolo();
      if (p != null) {
        protocol = new TissMessages.ProtocolAnswer(text(p.getCodigoGlosaProtocolo()), yes(p.getRecursoAcatado()),
            text(p.getJustificativaOPSnaoAcatadoProt()));
      }
      for (var g : r.getOpcaoRecurso().getRecursoGuia()) {
        CtRespostaGlosaGuiaMedica whole = g.getRespostaGuia();
        if (whole != null) {
          guides.add(new TissMessages.GuideAnswer(text(whole.getNumeroGuiaPrestador()), text(whole.getCodGlosa()),
              yes(whole.getRecursoGuiaAcatado()), text(whole.getJustificativaOPSnaoAcatadoGuia())));
        }
        CtRespostaGlosaItemMedico i = g.getRespostaGuiaItens();
        if (i != null) {
          var proc = i.getProcRecurso();
          items.add(new TissMessages.ItemAnswer(text(i.getNumeroGuiaPrestador()), seq(i.getSequencialItem()),
              proc == null ? null : text(proc.getCodigoProcedimento()), text(i.getCodGlosa()),
              moneyOrNull(i.getValorRecursado()), moneyOrNull(i.getValorAcatadado()), text(i.getJustificativaOperadora())));
        }
      }
    }
    return new TissMessages.Resposta(text(r.getRegistroANS()), number(r.getNumeroLote()), number(r.getNumeroProtocolo()),
        text(r.getNumeroGuiaRecGlosaPrestador()), text(r.getNumeroGuiaRecGlosaOperadora()), date(r.getDataRecurso()),
        moneyOrNull(r.getValorTotalRecursado()), moneyOrNull(r.getValorTotalAcatado()), protocol, guides, items, null, sent(m));
  }

  static TissMessages.Pagamento pagamento(MensagemTISS m) {
    if (m.getOperadoraParaPrestador() == null || m.getOperadoraParaPrestador().getDemonstrativosRetorno() == null
        || m.getOperadoraParaPrestador().getDemonstrativosRetorno().getDemonstrativoPagamento() == null) {
      return null;
    }
    CtmDemonstrativoPagamento d = m.getOperadoraParaPrestador().getDemonstrativosRetorno().getDemonstrativoPagamento();
    var cab = d.getCabecalhoDemonstrativo();
    List<TissMessages.PagamentoProtocolo> protocols = new ArrayList<>();
    if (d.getPagamentos() != null) {
      for (var byDate : d.getPagamentos().getPagamentosPorData()) {
        LocalDate paidOn = byDate.getDadosPagamento() == null ? null : date(byDate.getDadosPagamento().getDataPagamento());
        if (byDate.getDadosResumo() == null) continue;
        for (CtDadosResumoDemonstrativo p : byDate.getDadosResumo().getRelacaoProtocolos()) {
          protocols.add(new TissMessages.PagamentoProtocolo(paidOn, text(p.getNumeroLote()), text(p.getNumeroProtocolo()),
              date(p.getDataProtocolo()), moneyOrNull(p.getValorInformado()), moneyOrNull(p.getValorProcessado()),
              moneyOrNull(p.getValorLiberado()), moneyOrNull(p.getValorGlosa())));
        }
      }
    }
    Money liberado = null;
    if (d.getTotaisDemonstrativo() != null && d.getTotaisDemonstrativo().getTotaisLiquidosDemonstrativo() != null) {
      liberado = moneyOrNull(d.getTotaisDemonstrativo().getTotaisLiquidosDemonstrativo().getValorLiberadoDemonstrativo());
    }
    return new TissMessages.Pagamento(cab == null ? null : text(cab.getRegistroANS()),
        cab == null ? null : text(cab.getNomeOperadora()), cab == null ? null : text(cab.getNumeroDemonstrativo()),
        cab == null ? null : date(cab.getDataEmissao()),
        d.getDadosContratado() == null ? null : provider(d.getDadosContratado().getDadosPrestador()), protocols, liberado);
  }

  private static LocalDate sent(MensagemTISS m) {
    if (m.getCabecalho() == null || m.getCabecalho().getIdentificacaoTransacao() == null) return null;
    return date(m.getCabecalho().getIdentificacaoTransacao().getDataRegistroTransacao());
  }

  private static String provider(CtContratadoDados c) {
    if (c == null) return null;
    if (c.getCodigoPrestadorNaOperadora() != null) return text(c.getCodigoPrestadorNaOperadora());
    if (c.getCnpjContratado() != null) return text(c.getCnpjContratado());
    return text(c.getCpfContratado());
  }

  private static int seq(BigInteger b) {
    return b == null ? 0 : b.intValue();
  }

  private static String number(BigInteger b) {
    return b == null ? null : b.toString();
  }

  /** dm_simNao: S accepted. */
  private static boolean yes(String s) {
    return s != null && s.trim().equalsIgnoreCase("S");
  }
}
