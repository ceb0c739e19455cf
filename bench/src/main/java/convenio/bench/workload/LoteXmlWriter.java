package convenio.bench.workload;

import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.TeamMember;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a generated lote as a TISS 4.03.00 {@code mensagemTISS} / {@code loteGuias} (ENVIO_LOTE_GUIAS), element by
 * element with StAX, following the schema's element order (checked with xmllint against tissV4_03_00.xsd), indented
 * like the real files providers send, and closed with the epilogo hash: the MD5 of the text of every leaf element in
 * document order, computed as the leaves are written. The tiss module reads lotes but has no lote writer (providers
 * write them, not Convenio), so the benchmark carries this one.
 */
public final class LoteXmlWriter {
  static final String NS = "http://www.ans.gov.br/padroes/tiss/schemas";
  private final XMLStreamWriter w;
  private final MessageDigest md5;
  private int depth;

  private LoteXmlWriter(XMLStreamWriter w) {
    this.w = w;
    try {
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void write(Account lote, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      new LoteXmlWriter(x).message(lote);
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("writing " + file + ": " + e.getMessage(), e);
    }
  }

  private void message(Account lote) throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    w.setPrefix("ans", NS);
    w.writeStartElement("ans", "mensagemTISS", NS);
    w.writeNamespace("ans", NS);
    depth++;
    open("cabecalho");
    open("identificacaoTransacao");
    leaf("tipoTransacao", "ENVIO_LOTE_GUIAS");
    leaf("sequencialTransacao", lote.loteNumber());
    leaf("dataRegistroTransacao", lote.sentOn().toString());
    leaf("horaRegistroTransacao", "10:00:00");
    close();
    open("origem");
    open("identificacaoPrestador");
    leaf("codigoPrestadorNaOperadora", lote.provider().codeAtOperator());
    close();
    close();
    open("destino");
    leaf("registroANS", lote.operatorAns());
    close();
    leaf("Padrao", "4.03.00");
    close();
    open("prestadorParaOperadora");
    open("loteGuias");
    leaf("numeroLote", lote.loteNumber());
    open("guiasTISS");
    for (Guide g : lote.guides()) {
      switch (g.type()) {
        case CONSULTA -> consulta(lote, g);
        case SP_SADT -> sadt(lote, g);
        case RESUMO_INTERNACAO -> internacao(lote, g);
        default -> throw new IllegalArgumentException("the generator writes no " + g.type() + " guides");
      }
    }
    close();
    close();
    close();
    open("epilogo");
    String hash = HexFormat.of().formatHex(md5.digest());
    newline();
    w.writeStartElement("ans", "hash", NS);
    w.writeCharacters(hash); // the hash element itself is not part of what it hashes
    w.writeEndElement();
    close();
    depth--;
    newline();
    w.writeEndElement();
    w.writeCharacters("\n");
    w.writeEndDocument();
  }

  private void consulta(Account lote, Guide g) throws XMLStreamException {
    Item item = g.items().get(0);
    open("guiaConsulta");
    open("cabecalhoConsulta");
    leaf("registroANS", lote.operatorAns());
    leaf("numeroGuiaPrestador", g.number());
    close();
    beneficiary(g);
    open("contratadoExecutante");
    leaf("codigoPrestadorNaOperadora", g.executor().codeAtOperator());
    leaf("CNES", g.executor().cnes());
    close();
    professional("profissionalExecutante", "225125");
    leaf("indicacaoAcidente", "9");
    open("dadosAtendimento");
    leaf("regimeAtendimento", "01");
    leaf("dataAtendimento", item.date().toString());
    leaf("tipoConsulta", "1");
    open("procedimento");
    leaf("codigoTabela", item.table());
    leaf("codigoProcedimento", item.code());
    leaf("valorProcedimento", item.totalValue().plain());
    close();
    close();
    close();
  }

  private void sadt(Account lote, Guide g) throws XMLStreamException {
    open("guiaSP-SADT");
    open("cabecalhoGuia");
    leaf("registroANS", lote.operatorAns());
    leaf("numeroGuiaPrestador", g.number());
    close();
    authorization(g);
    beneficiary(g);
    open("dadosSolicitante");
    open("contratadoSolicitante");
    leaf("codigoPrestadorNaOperadora", g.executor().codeAtOperator());
    close();
    leaf("nomeContratadoSolicitante", g.executor().name());
    professional("profissionalSolicitante", "225125");
    close();
    open("dadosSolicitacao");
    leaf("dataSolicitacao", g.startDate().toString());
    leaf("caraterAtendimento", g.character());
    close();
    executor(g);
    open("dadosAtendimento");
    leaf("tipoAtendimento", "03");
    leaf("indicacaoAcidente", "9");
    leaf("regimeAtendimento", "01");
    close();
    procedures(g.items(), false);
    expenses(g.items());
    totals(g.items());
    close();
  }

  private void internacao(Account lote, Guide g) throws XMLStreamException {
    open("guiaResumoInternacao");
    open("cabecalhoGuia");
    leaf("registroANS", lote.operatorAns());
    leaf("numeroGuiaPrestador", g.number());
    close();
    leaf("numeroGuiaSolicitacaoInternacao", g.number());
    authorization(g);
    beneficiary(g);
    executor(g);
    open("dadosInternacao");
    leaf("caraterAtendimento", g.character());
    leaf("tipoFaturamento", g.billingType());
    leaf("dataInicioFaturamento", g.startDate().toString());
    leaf("horaInicioFaturamento", time(g.startTime()));
    leaf("dataFinalFaturamento", g.endDate().toString());
    leaf("horaFinalFaturamento", time(g.endTime()));
    leaf("tipoInternacao", "1");
    leaf("regimeInternacao", "1");
    close();
    open("dadosSaidaInternacao");
    leaf("indicadorAcidente", "9");
    leaf("motivoEncerramento", g.dischargeReason());
    close();
    procedures(g.items(), true);
    totals(g.items());
    expenses(g.items());
    close();
  }

  private void procedures(List<Item> items, boolean inpatient) throws XMLStreamException {
    boolean any = false;
    for (Item i : items) {
      if (i.kind() != ItemKind.PROCEDURE) continue;
      if (!any) open("procedimentosExecutados");
      any = true;
      open("procedimentoExecutado");
      leaf("sequencialItem", Integer.toString(i.seq()));
      leaf("dataExecucao", i.date().toString());
      if (i.startTime() != null) leaf("horaInicial", time(i.startTime()));
      if (i.endTime() != null) leaf("horaFinal", time(i.endTime()));
      open("procedimento");
      leaf("codigoTabela", i.table());
      leaf("codigoProcedimento", i.code());
      leaf("descricaoProcedimento", i.description());
      close();
      leaf("quantidadeExecutada", i.quantity().toPlainString());
      if (i.route() != null) leaf("viaAcesso", i.route());
      if (i.technique() != null) leaf("tecnicaUtilizada", i.technique());
      leaf("reducaoAcrescimo", i.factor().toPlainString());
      leaf("valorUnitario", i.unitValue().plain());
      leaf("valorTotal", i.totalValue().plain());
      for (TeamMember m : i.team()) {
        if (inpatient) {
          open("identEquipe");
          open("identificacaoEquipe");
        } else {
          open("equipeSadt");
        }
        leaf("grauPart", m.degree());
        open("codProfissional");
        leaf("codigoPrestadorNaOperadora", m.code());
        close();
        leaf("nomeProf", m.name());
        leaf("conselho", m.council());
        leaf("numeroConselhoProfissional", m.councilNumber());
        leaf("UF", m.state());
        leaf("CBOS", "06".equals(m.degree()) ? "225151" : "225225");
        close();
        if (inpatient) close();
      }
      close();
    }
    if (any) close();
  }

  private void expenses(List<Item> items) throws XMLStreamException {
    boolean any = false;
    for (Item i : items) {
      if (i.kind() == ItemKind.PROCEDURE) continue;
      if (!any) open("outrasDespesas");
      any = true;
      open("despesa");
      leaf("sequencialItem", Integer.toString(i.seq()));
      leaf("codigoDespesa", i.kind().tissCode());
      open("servicosExecutados");
      leaf("dataExecucao", i.date().toString());
      leaf("codigoTabela", i.table());
      leaf("codigoProcedimento", i.code());
      leaf("quantidadeExecutada", i.quantity().toPlainString());
      leaf("unidadeMedida", i.unit());
      leaf("reducaoAcrescimo", i.factor().toPlainString());
      leaf("valorUnitario", i.unitValue().plain());
      leaf("valorTotal", i.totalValue().plain());
      leaf("descricaoProcedimento", i.description());
      close();
      close();
    }
    if (any) close();
  }

  /** valorTotal by kind of expense, in the schema's order; only the parts the guide has. */
  private void totals(List<Item> items) throws XMLStreamException {
    long[] byKind = new long[ItemKind.values().length];
    long all = 0;
    for (Item i : items) {
      byKind[i.kind().ordinal()] += i.totalValue().cents();
      all += i.totalValue().cents();
    }
    open("valorTotal");
    part("valorProcedimentos", byKind[ItemKind.PROCEDURE.ordinal()]);
    part("valorDiarias", byKind[ItemKind.DAILY_RATE.ordinal()]);
    part("valorTaxasAlugueis", byKind[ItemKind.FEE.ordinal()]);
    part("valorMateriais", byKind[ItemKind.MATERIAL.ordinal()]);
    part("valorMedicamentos", byKind[ItemKind.MEDICATION.ordinal()]);
    part("valorOPME", byKind[ItemKind.OPME.ordinal()]);
    part("valorGasesMedicinais", byKind[ItemKind.GAS.ordinal()]);
    leaf("valorTotalGeral", Money.ofCents(all).plain());
    close();
  }

  private void part(String name, long cents) throws XMLStreamException {
    if (cents != 0) leaf(name, Money.ofCents(cents).plain());
  }

  private void authorization(Guide g) throws XMLStreamException {
    if (g.authorizationNumber() == null) return;
    open("dadosAutorizacao");
    leaf("dataAutorizacao", g.authorizationDate().toString());
    leaf("senha", g.authorizationNumber());
    close();
  }

  private void beneficiary(Guide g) throws XMLStreamException {
    open("dadosBeneficiario");
    leaf("numeroCarteira", g.beneficiary().cardNumber());
    leaf("atendimentoRN", g.beneficiary().newborn() ? "S" : "N");
    close();
  }

  private void executor(Guide g) throws XMLStreamException {
    open("dadosExecutante");
    open("contratadoExecutante");
    leaf("codigoPrestadorNaOperadora", g.executor().codeAtOperator());
    close();
    leaf("CNES", g.executor().cnes());
    close();
  }

  private void professional(String element, String cbos) throws XMLStreamException {
    open(element);
    leaf("nomeProfissional", "PROFISSIONAL 01");
    leaf("conselhoProfissional", "06");
    leaf("numeroConselhoProfissional", "123456");
    leaf("UF", "35");
    leaf("CBOS", cbos);
    close();
  }

  private static String time(LocalTime t) {
    return t.withNano(0).toString().length() == 5 ? t + ":00" : t.toString();
  }

  private void open(String name) throws XMLStreamException {
    newline();
    w.writeStartElement("ans", name, NS);
    depth++;
  }

  private void close() throws XMLStreamException {
    depth--;
    newline();
    w.writeEndElement();
  }

  private void leaf(String name, String text) throws XMLStreamException {
    if (text == null) throw new IllegalArgumentException("no value for required element " + name);
    newline();
    w.writeStartElement("ans", name, NS);
    w.writeCharacters(text);
    w.writeEndElement();
    md5.update(text.getBytes(StandardCharsets.UTF_8));
  }

  private void newline() throws XMLStreamException {
    w.writeCharacters(INDENT, 0, Math.min(INDENT.length, 1 + 4 * depth));
  }

  private static final char[] INDENT = ("\n" + " ".repeat(160)).toCharArray();
}
