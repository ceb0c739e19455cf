package convenio.tiss.r40300;

import convenio.model.Money;
import convenio.model.Provider;
import convenio.tiss.AnaliseConta;
import convenio.tiss.v40300.CtContaMedicaResumo;
import convenio.tiss.v40300.CtContratadoDados;
import convenio.tiss.v40300.CtMotivoGlosa;
import convenio.tiss.v40300.CtmDemonstrativoAnaliseConta;
import convenio.tiss.v40300.MensagemTISS;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static convenio.tiss.r40300.XmlValues.date;
import static convenio.tiss.r40300.XmlValues.text;

/** An operator's demonstrativo de análise de conta (4.03.00 binding) as {@link AnaliseConta} records. */
final class AnaliseMapper {
  private AnaliseMapper() {}

  static List<AnaliseConta> map(MensagemTISS m) {
    List<AnaliseConta> out = new ArrayList<>();
    if (m.getOperadoraParaPrestador() == null || m.getOperadoraParaPrestador().getDemonstrativosRetorno() == null) {
      return out;
    }
    for (CtmDemonstrativoAnaliseConta d : m.getOperadoraParaPrestador().getDemonstrativosRetorno()
        .getDemonstrativoAnaliseConta()) {
      var cab = d.getCabecalhoDemonstrativo();
      var dp = d.getDadosPrestador();
      List<AnaliseConta.Protocolo> protocols = new ArrayList<>();
      if (d.getDadosConta() != null) {
        for (var p : d.getDadosConta().getDadosProtocolo()) protocols.add(protocol(p));
      }
      out.add(new AnaliseConta(cab == null ? null : text(cab.getRegistroANS()),
          cab == null ? null : text(cab.getNomeOperadora()), cab == null ? null : text(cab.getNumeroCNPJ()),
          cab == null ? null : text(cab.getNumeroDemonstrativo()), cab == null ? null : date(cab.getDataEmissao()),
          dp == null ? null : provider(dp.getDadosContratado(), dp.getCNES()), protocols,
          money(d.getValorInformadoGeral()), money(d.getValorProcessadoGeral()), money(d.getValorLiberadoGeral()),
          money(d.getValorGlosaGeral())));
    }
    return out;
  }

  private static AnaliseConta.Protocolo protocol(CtContaMedicaResumo p) {
    List<AnaliseConta.GuiaAnalisada> guides = new ArrayList<>();
    for (CtContaMedicaResumo.RelacaoGuias g : p.getRelacaoGuias()) {
      List<AnaliseConta.ItemAnalisado> items = new ArrayList<>();
      for (var i : g.getDetalhesGuia()) {
        List<AnaliseConta.GlosaValor> glosas = new ArrayList<>();
        for (var r : i.getRelacaoGlosa()) glosas.add(new AnaliseConta.GlosaValor(text(r.getTipoGlosa()), money(r.getValorGlosa())));
        var proc = i.getProcedimento();
        items.add(new AnaliseConta.ItemAnalisado(i.getSequencialItem() == null ? 0 : i.getSequencialItem().intValue(),
            date(i.getDataRealizacao()), proc == null ? null : text(proc.getCodigoTabela()),
            proc == null ? null : text(proc.getCodigoProcedimento()),
            proc == null ? null : text(proc.getDescricaoProcedimento()), text(i.getGrauParticipacao()),
            money(i.getValorInformado()), i.getQtdExecutada(), money(i.getValorProcessado()),
            money(i.getValorLiberado()), glosas));
      }
      List<AnaliseConta.Motivo> motivos = new ArrayList<>();
      for (CtMotivoGlosa mg : g.getMotivoGlosaGuia()) motivos.add(motivo(mg));
      guides.add(new AnaliseConta.GuiaAnalisada(text(g.getNumeroGuiaPrestador()), text(g.getNumeroGuiaOperadora()),
          text(g.getSenha()), text(g.getNumeroCarteira()), date(g.getDataInicioFat()), date(g.getDataFimFat()),
          text(g.getSituacaoGuia()), motivos, items, money(g.getValorInformadoGuia()),
          money(g.getValorProcessadoGuia()), money(g.getValorLiberadoGuia()), money(g.getValorGlosaGuia())));
    }
    return new AnaliseConta.Protocolo(text(p.getNumeroLotePrestador()), text(p.getNumeroProtocolo()),
        date(p.getDataProtocolo()), text(p.getSituacaoProtocolo()),
        p.getGlosaProtocolo() == null ? null : motivo(p.getGlosaProtocolo()), guides,
        money(p.getValorInformadoProtocolo()), money(p.getValorProcessadoProtocolo()),
        money(p.getValorLiberadoProtocolo()), money(p.getValorGlosaProtocolo()));
  }

  private static AnaliseConta.Motivo motivo(CtMotivoGlosa m) {
    return new AnaliseConta.Motivo(text(m.getCodigoGlosa()), text(m.getDescricaoGlosa()));
  }

  /** Values with fractions of a cent are invalid TISS; they are not rounded but read as absent (null). */
  private static Money money(BigDecimal v) {
    return XmlValues.moneyOrNull(v);
  }

  private static Provider provider(CtContratadoDados c, String cnes) {
    if (c == null) return null;
    return new Provider(text(c.getCodigoPrestadorNaOperadora()), text(c.getCnpjContratado()),
        text(c.getCpfContratado()), null, text(cnes));
  }
}
