package convenio.tiss.r40300;

import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import convenio.model.TeamMember;
import convenio.tiss.read.GuideSkipped;
import convenio.tiss.read.ReadContext;
import convenio.tiss.v40300.CtBeneficiarioDados;
import convenio.tiss.v40300.CtContratadoDados;
import convenio.tiss.v40300.CtContratadoProfissionalDados;
import convenio.tiss.v40300.CtGuiaCabecalho;
import convenio.tiss.v40300.CtGuiaValorTotal;
import convenio.tiss.v40300.CtIdentEquipe;
import convenio.tiss.v40300.CtIdentEquipeSADT;
import convenio.tiss.v40300.CtOutrasDespesas;
import convenio.tiss.v40300.CtProcedimentoDados;
import convenio.tiss.v40300.CtProcedimentoExecutadoHonorIndiv;
import convenio.tiss.v40300.CtProcedimentoExecutadoInt;
import convenio.tiss.v40300.CtProcedimentoExecutadoOutras;
import convenio.tiss.v40300.CtProcedimentoExecutadoSadt;
import convenio.tiss.v40300.CtmConsultaAtendimento;
import convenio.tiss.v40300.CtmConsultaGuia;
import convenio.tiss.v40300.CtmHonorarioIndividualGuia;
import convenio.tiss.v40300.CtmInternacaoDados;
import convenio.tiss.v40300.CtmInternacaoResumoGuia;
import convenio.tiss.v40300.CtmSpSadtGuia;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.datatype.XMLGregorianCalendar;

import static convenio.tiss.r40300.XmlValues.date;
import static convenio.tiss.r40300.XmlValues.money;
import static convenio.tiss.r40300.XmlValues.moneyOrNull;
import static convenio.tiss.r40300.XmlValues.quantity;
import static convenio.tiss.r40300.XmlValues.text;
import static convenio.tiss.r40300.XmlValues.time;

/**
 * Maps the four billing guides of the 4.03.00 binding to the model. Required values the model cannot do without
 * (the guide number, each item's code, quantity and values, an expense's kind) make the guide skipped; everything
 * else is taken when present and left null when not.
 */
final class GuideMapper {
  private final ReadContext ctx;

  GuideMapper(ReadContext ctx) {
    this.ctx = ctx;
  }

  Guide spSadt(CtmSpSadtGuia g) throws GuideSkipped {
    CtmSpSadtGuia.CabecalhoGuia cab = g.getCabecalhoGuia();
    String number = number(cab);
    var auth = g.getDadosAutorizacao();
    var exec = g.getDadosExecutante();
    List<Item> items = new ArrayList<>();
    if (g.getProcedimentosExecutados() != null) {
      int pos = 0;
      for (CtProcedimentoExecutadoSadt p : g.getProcedimentosExecutados().getProcedimentoExecutado()) {
        pos++;
        List<TeamMember> team = new ArrayList<>();
        for (CtIdentEquipeSADT m : p.getEquipeSadt()) {
          team.add(new TeamMember(text(m.getGrauPart()), text(m.getNomeProf()), professionalCode(
              m.getCodProfissional() == null ? null : m.getCodProfissional().getCodigoPrestadorNaOperadora(),
              m.getCodProfissional() == null ? null : m.getCodProfissional().getCpfContratado()),
              text(m.getConselho()), text(m.getNumeroConselhoProfissional()), text(m.getUF())));
        }
        items.add(procedure(seq(p.getSequencialItem(), pos), p.getProcedimento(), quantity(
            p.getQuantidadeExecutada(), "quantidadeExecutada", where(pos)), p.getDataExecucao(), p.getHoraInicial(),
            p.getHoraFinal(), p.getViaAcesso(), p.getTecnicaUtilizada(), p.getReducaoAcrescimo(),
            p.getValorUnitario(), p.getValorTotal(), team, pos));
      }
    }
    items.addAll(expenses(g.getOutrasDespesas()));
    XmlValues.checkItems(items);
    LocalDate first = null;
    LocalDate last = null;
    for (Item i : items) {
      if (i.date() == null) continue;
      if (first == null || i.date().isBefore(first)) first = i.date();
      if (last == null || i.date().isAfter(last)) last = i.date();
    }
    // SP/SADT has no guide-level execution dates: the span of its items stands for them.
    return new Guide(number, auth == null ? null : text(auth.getNumeroGuiaOperadora()),
        cab == null ? null : text(cab.getGuiaPrincipal()), GuideType.SP_SADT, beneficiary(g.getDadosBeneficiario()),
        provider(exec == null ? null : exec.getContratadoExecutante(), exec == null ? null : exec.getCNES()),
        g.getDadosSolicitacao() == null ? null : text(g.getDadosSolicitacao().getCaraterAtendimento()), null, null,
        g.getDadosAtendimento() == null ? null : text(g.getDadosAtendimento().getMotivoEncerramento()),
        auth == null ? null : text(auth.getSenha()), auth == null ? null : date(auth.getDataAutorizacao()),
        first, null, last, null, total(g.getValorTotal()), items);
  }

  Guide resumoInternacao(CtmInternacaoResumoGuia g) throws GuideSkipped {
    String number = number(g.getCabecalhoGuia());
    var auth = g.getDadosAutorizacao();
    var exec = g.getDadosExecutante();
    CtmInternacaoDados d = g.getDadosInternacao();
    List<Item> items = new ArrayList<>();
    if (g.getProcedimentosExecutados() != null) {
      int pos = 0;
      for (CtProcedimentoExecutadoInt p : g.getProcedimentosExecutados().getProcedimentoExecutado()) {
        pos++;
        List<TeamMember> team = new ArrayList<>();
        for (CtProcedimentoExecutadoInt.IdentEquipe e : p.getIdentEquipe()) {
          CtIdentEquipe m = e.getIdentificacaoEquipe();
          if (m == null) continue;
          team.add(new TeamMember(text(m.getGrauPart()), text(m.getNomeProf()), professionalCode(
              m.getCodProfissional() == null ? null : m.getCodProfissional().getCodigoPrestadorNaOperadora(),
              m.getCodProfissional() == null ? null : m.getCodProfissional().getCpfContratado()),
              text(m.getConselho()), text(m.getNumeroConselhoProfissional()), text(m.getUF())));
        }
        items.add(procedure(seq(p.getSequencialItem(), pos), p.getProcedimento(), quantity(
            p.getQuantidadeExecutada(), "quantidadeExecutada", where(pos)), p.getDataExecucao(), p.getHoraInicial(),
            p.getHoraFinal(), p.getViaAcesso(), p.getTecnicaUtilizada(), p.getReducaoAcrescimo(),
            p.getValorUnitario(), p.getValorTotal(), team, pos));
      }
    }
    items.addAll(expenses(g.getOutrasDespesas()));
    XmlValues.checkItems(items);
    return new Guide(number, auth == null ? null : text(auth.getNumeroGuiaOperadora()),
        text(g.getNumeroGuiaSolicitacaoInternacao()), GuideType.RESUMO_INTERNACAO,
        beneficiary(g.getDadosBeneficiario()),
        provider(exec == null ? null : exec.getContratadoExecutante(), exec == null ? null : exec.getCNES()),
        d == null ? null : text(d.getCaraterAtendimento()), null, d == null ? null : text(d.getTipoFaturamento()),
        g.getDadosSaidaInternacao() == null ? null : text(g.getDadosSaidaInternacao().getMotivoEncerramento()),
        auth == null ? null : text(auth.getSenha()), auth == null ? null : date(auth.getDataAutorizacao()),
        d == null ? null : date(d.getDataInicioFaturamento()), d == null ? null : time(d.getHoraInicioFaturamento()),
        d == null ? null : date(d.getDataFinalFaturamento()), d == null ? null : time(d.getHoraFinalFaturamento()),
        total(g.getValorTotal()), items);
  }

  Guide honorarios(CtmHonorarioIndividualGuia g) throws GuideSkipped {
    String number = number(g.getCabecalhoGuia());
    var ben = g.getBeneficiario();
    var exec = g.getDadosContratadoExecutante();
    var d = g.getDadosInternacao();
    List<Item> items = new ArrayList<>();
    if (g.getProcedimentosRealizados() != null) {
      int pos = 0;
      for (CtProcedimentoExecutadoHonorIndiv p : g.getProcedimentosRealizados().getProcedimentoRealizado()) {
        pos++;
        List<TeamMember> team = new ArrayList<>();
        for (CtProcedimentoExecutadoHonorIndiv.Profissionais m : p.getProfissionais()) {
          team.add(new TeamMember(text(m.getGrauParticipacao()), text(m.getNomeProfissional()), professionalCode(
              m.getCodProfissional() == null ? null : m.getCodProfissional().getCodigoPrestadorNaOperadora(),
              m.getCodProfissional() == null ? null : m.getCodProfissional().getCpfContratado()),
              text(m.getConselhoProfissional()), text(m.getNumeroConselhoProfissional()), text(m.getUF())));
        }
        items.add(procedure(seq(p.getSequencialItem(), pos), p.getProcedimento(), quantity(
            p.getQuantidadeExecutada(), "quantidadeExecutada", where(pos)), p.getDataExecucao(), p.getHoraInicial(),
            p.getHoraFinal(), p.getViaAcesso(), p.getTecnicaUtilizada(), p.getReducaoAcrescimo(),
            p.getValorUnitario(), p.getValorTotal(), team, pos));
      }
    }
    XmlValues.checkItems(items);
    Beneficiary beneficiary = ben == null ? null
        : new Beneficiary(text(ben.getNumeroCarteira()), ctx.legacyBeneficiaryName(), null,
            "S".equals(text(ben.getAtendimentoRN())));
    // The fees are billed by the contratado executante; localContratado is only where the act took place.
    Provider executor = exec == null ? null : new Provider(text(exec.getCodigonaOperadora()), null, null,
        ctx.legacyExecutorName(), text(exec.getCnesContratadoExecutante()));
    return new Guide(number, text(g.getNumeroGuiaOperadora()), text(g.getGuiaSolicInternacao()),
        GuideType.HONORARIOS, beneficiary, executor, d == null ? null : text(d.getCaraterAtendimento()), null, null,
        null, text(g.getSenha()), null, d == null ? null : date(d.getDataInicioFaturamento()), null,
        d == null ? null : date(d.getDataFimFaturamento()), null,
        XmlValues.total(g.getValorTotalHonorarios(), "valorTotalHonorarios"), items);
  }

  Guide consulta(CtmConsultaGuia g) throws GuideSkipped {
    String number = number(g.getCabecalhoConsulta());
    CtmConsultaAtendimento at = g.getDadosAtendimento();
    if (at == null || at.getProcedimento() == null) {
      throw new GuideSkipped("procedimento", Writing.M.get("skip.consulta.no.procedure"));
    }
    var p = at.getProcedimento();
    String code = text(p.getCodigoProcedimento());
    if (code == null) {
      throw new GuideSkipped("codigoProcedimento", Writing.M.get("skip.no.code", Writing.M.get("where.consulta")));
    }
    Money value = money(p.getValorProcedimento(), "valorProcedimento", Writing.M.get("where.consulta"));
    List<TeamMember> team = new ArrayList<>();
    CtContratadoProfissionalDados prof = g.getProfissionalExecutante();
    if (prof != null) {
      team.add(new TeamMember(null, text(prof.getNomeProfissional()), null, text(prof.getConselhoProfissional()),
          text(prof.getNumeroConselhoProfissional()), text(prof.getUF())));
    }
    LocalDate day = date(at.getDataAtendimento());
    Item item = new Item(1, ItemKind.PROCEDURE, text(p.getCodigoTabela()), code, null, BigDecimal.ONE, null, day,
        null, null, null, null, null, value, value, null, team);
    var exec = g.getContratadoExecutante();
    return new Guide(number, text(g.getNumeroGuiaOperadora()), null, GuideType.CONSULTA,
        beneficiary(g.getDadosBeneficiario()), provider(exec, exec == null ? null : exec.getCNES()), null, null,
        null, null, null, null, day, null, day, null, value, List.of(item));
  }

  private Item procedure(int seq, CtProcedimentoDados proc, BigDecimal qty, XMLGregorianCalendar day,
      XMLGregorianCalendar start, XMLGregorianCalendar end, String via,
      String technique, BigDecimal factor, BigDecimal unit, BigDecimal total, List<TeamMember> team, int pos)
      throws GuideSkipped {
    if (proc == null || text(proc.getCodigoProcedimento()) == null) {
      throw new GuideSkipped("codigoProcedimento", Writing.M.get("skip.no.code", where(pos)));
    }
    return new Item(seq, ItemKind.PROCEDURE, text(proc.getCodigoTabela()), text(proc.getCodigoProcedimento()),
        text(proc.getDescricaoProcedimento()), qty, null, date(day), time(start), time(end), text(via),
        text(technique), factor, money(unit, "valorUnitario", where(pos)), money(total, "valorTotal", where(pos)),
        degree(team), team);
  }

  /** The degree a line is billed for: the one degree its whole team shares (usually a team of one), else null. */
  private static String degree(List<TeamMember> team) {
    Set<String> degrees = new LinkedHashSet<>();
    for (TeamMember m : team) degrees.add(m.degree());
    return degrees.size() == 1 ? degrees.iterator().next() : null;
  }

  private List<Item> expenses(CtOutrasDespesas d) throws GuideSkipped {
    List<Item> items = new ArrayList<>();
    if (d == null) return items;
    int pos = 0;
    for (CtOutrasDespesas.Despesa e : d.getDespesa()) {
      pos++;
      String where = Writing.M.get("where.expense", pos);
      CtProcedimentoExecutadoOutras s = e.getServicosExecutados();
      if (s == null) throw new GuideSkipped("servicosExecutados", Writing.M.get("skip.no.services", where));
      String code = text(s.getCodigoProcedimento());
      if (code == null) throw new GuideSkipped("codigoProcedimento", Writing.M.get("skip.no.code", where));
      items.add(new Item(seq(e.getSequencialItem(), pos), kind(text(e.getCodigoDespesa()), where),
          text(s.getCodigoTabela()), code, text(s.getDescricaoProcedimento()),
          quantity(s.getQuantidadeExecutada(), "quantidadeExecutada", where), text(s.getUnidadeMedida()),
          date(s.getDataExecucao()), time(s.getHoraInicial()), time(s.getHoraFinal()), null, null,
          s.getReducaoAcrescimo(), money(s.getValorUnitario(), "valorUnitario", where),
          money(s.getValorTotal(), "valorTotal", where), null, List.of()));
    }
    return items;
  }

  /**
   * The item kind of an expense code. 04 (taxas diversas) and 06 (aluguéis) are inactive codes the ANS merged into
   * 07 (taxas e aluguéis); older messages still carry them. Any other unknown code leaves the item without a kind,
   * which pricing cannot do without, so the guide is skipped.
   */
  private static ItemKind kind(String code, String where) throws GuideSkipped {
    if ("04".equals(code) || "06".equals(code)) return ItemKind.FEE;
    try {
      return ItemKind.fromTissExpenseCode(code);
    } catch (IllegalArgumentException e) {
      throw new GuideSkipped("codigoDespesa", code == null ? Writing.M.get("skip.expense.no.kind", where)
          : Writing.M.get("skip.expense.kind", where, code));
    }
  }

  private static int seq(BigInteger s, int position) throws GuideSkipped {
    return XmlValues.sequence(s, position);
  }

  private static String where(int pos) {
    return Writing.M.get("where.procedure", pos);
  }

  private static String number(CtGuiaCabecalho cab) throws GuideSkipped {
    String n = cab == null ? null : text(cab.getNumeroGuiaPrestador());
    if (n == null) throw new GuideSkipped("numeroGuiaPrestador", Writing.M.get("skip.no.number"));
    return n;
  }

  private static Money total(CtGuiaValorTotal t) throws GuideSkipped {
    return t == null ? null : XmlValues.total(t.getValorTotalGeral(), "valorTotalGeral");
  }

  private Beneficiary beneficiary(CtBeneficiarioDados b) {
    if (b == null) return null;
    return new Beneficiary(text(b.getNumeroCarteira()), ctx.legacyBeneficiaryName(), null,
        "S".equals(text(b.getAtendimentoRN())));
  }

  private Provider provider(CtContratadoDados c, String cnes) {
    if (c == null && cnes == null) return null;
    return new Provider(c == null ? null : text(c.getCodigoPrestadorNaOperadora()),
        c == null ? null : text(c.getCnpjContratado()), c == null ? null : text(c.getCpfContratado()),
        ctx.legacyExecutorName(), text(cnes));
  }

  private static String professionalCode(String atOperator, String cpf) {
    String c = text(atOperator);
    return c != null ? c : text(cpf);
  }
}
