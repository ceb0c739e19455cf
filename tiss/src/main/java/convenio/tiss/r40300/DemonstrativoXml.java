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
import convenio.tiss.xml.HashingXmlWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The demonstrativo de análise de conta written straight from the priced account in one pass, the epilogo hash
 * computed on the way ({@link HashingXmlWriter}). It says what {@link DemonstrativoBuilder} says, element for
 * element and byte for byte of the JAXB marshaller's output (a test holds the two to that), without building the
 * generated classes' tree, marshalling it twice and parsing it once in between to hash it. Element names and their
 * order are those of the 4.03.00 schema (ctm_demonstrativoAnaliseConta in tissGuiasV4_03_00.xsd,
 * ct_contaMedicaResumo in tissComplexTypesV4_03_00.xsd); values the schema would refuse are collected by
 * {@link Writing} and thrown together.
 */
final class DemonstrativoXml {
  private final PricingResult result;
  private final DemonstrativoHeader header;
  private final Writing w = new Writing("write.what.demonstrativo");
  private final TissDomain domain = TissDomain.of(TissRelease.CURRENT);
  private final HashingXmlWriter x;

  DemonstrativoXml(PricingResult result, DemonstrativoHeader header) {
    this.result = result;
    this.header = header;
    int items = 0;
    for (GuideResult g : result.guides()) items += g.items().size();
    // About 1 KB an item and 600 bytes a guide in the bench's lotes; the buffer grows if that is short.
    this.x = new HashingXmlWriter(8192 + items * 1100 + result.guides().size() * 700);
  }

  byte[] write() {
    Account account = result.account();
    Provider provider = DemonstrativoBuilder.provider(account);
    x.root("mensagemTISS");

    x.start("cabecalho");
    x.start("identificacaoTransacao");
    x.leaf("tipoTransacao", "DEMONSTRATIVO_ANALISE_CONTA");
    x.leaf("sequencialTransacao", w.text(header.sequence(), 12, "sequencialTransacao"));
    x.leaf("dataRegistroTransacao", date(header.issued()));
    x.leaf("horaRegistroTransacao", time((header.time() != null ? header.time() : LocalTime.now())
        .truncatedTo(ChronoUnit.SECONDS)));
    x.end();
    x.start("origem");
    x.leaf("registroANS", w.text(header.operatorAns(), 6, Writing.M.get("where.operator.ans")));
    x.end();
    x.start("destino");
    x.start("identificacaoPrestador");
    identify(provider, "destino");
    x.end();
    x.end();
    x.leaf("Padrao", Binding40300.RELEASE);
    x.end();

    x.start("operadoraParaPrestador");
    x.start("demonstrativosRetorno");
    x.start("demonstrativoAnaliseConta");
    x.start("cabecalhoDemonstrativo");
    x.leaf("registroANS", header.operatorAns());
    x.leaf("numeroDemonstrativo", w.text(header.number(), 20, "numeroDemonstrativo"));
    x.leaf("nomeOperadora", w.text(header.operatorName(), 70, "nomeOperadora"));
    x.leaf("numeroCNPJ", header.operatorCnpj());
    x.leaf("dataEmissao", date(header.issued()));
    x.end();
    x.start("dadosPrestador");
    x.start("dadosContratado");
    identify(provider, "dadosPrestador");
    x.end();
    // CNES is required; "9999999" is the TISS convention for a provider without one.
    x.leaf("CNES", provider != null && provider.cnes() != null ? provider.cnes() : "9999999");
    x.end();

    Totals t = result.totals();
    x.start("dadosConta");
    x.start("dadosProtocolo");
    x.leaf("numeroLotePrestador", w.text(account.loteNumber(), 12, Writing.M.get("where.lote.number")));
    x.leaf("numeroProtocolo", w.text(header.protocolNumber(), 12, "numeroProtocolo"));
    x.leaf("dataProtocolo", date(header.protocolDate()));
    x.leaf("situacaoProtocolo", header.protocolStatus() != null ? header.protocolStatus()
        : DemonstrativoBuilder.status(t));
    for (GuideResult g : result.guides()) guide(g);
    totals("Protocolo", t);
    x.end();
    x.end();
    totals("Geral", t);
    x.end();
    x.end();
    x.end();
    w.finish();

    x.start("epilogo");
    x.hash("hash");
    x.end();
    x.end();
    return x.toByteArray();
  }

  /** The provider by its code at the operator, else CNPJ, else CPF (the schema's choice; the names differ by type). */
  private void identify(Provider p, String where) {
    boolean contratado = where.equals("dadosPrestador");
    if (p != null && p.codeAtOperator() != null) {
      x.leaf("codigoPrestadorNaOperadora", w.text(p.codeAtOperator(), 14, where));
    } else if (p != null && p.cnpj() != null) {
      x.leaf(contratado ? "cnpjContratado" : "CNPJ", p.cnpj());
    } else if (p != null && p.cpf() != null) {
      x.leaf(contratado ? "cpfContratado" : "CPF", p.cpf());
    } else {
      w.fail(Writing.M.get("write.no.provider.id", where));
    }
  }

  private void guide(GuideResult gr) {
    Guide g = gr.guide();
    String where = Writing.guide(g.number());
    x.start("relacaoGuias");
    x.leaf("numeroGuiaPrestador", w.text(g.number(), 20, Writing.element(where, "numeroGuiaPrestador")));
    x.leaf("numeroGuiaOperadora", g.operatorNumber());
    x.leaf("senha", g.authorizationNumber());
    x.leaf("numeroCarteira", w.text(g.beneficiary() == null ? null : g.beneficiary().cardNumber(), 20,
        Writing.element(where, Writing.M.get("where.card"))));
    LocalDate start = g.startDate() != null ? g.startDate() : g.executionDate();
    if (start == null) w.fail(Writing.M.get("write.no.date", where, "dataInicioFat"));
    x.leaf("dataInicioFat", date(start));
    x.leaf("horaInicioFat", time(g.startTime()));
    x.leaf("dataFimFat", date(g.endDate()));
    x.leaf("horaFimFat", time(g.endTime()));
    for (Critique c : gr.critiques()) {
      // Guide-level findings go to motivoGlosaGuia only when they carry a table-38 code; others have no TISS place.
      if (c.code() != null && domain.glosas().accepts(c.code())) {
        x.start("motivoGlosaGuia");
        x.leaf("codigoGlosa", c.code());
        x.leaf("descricaoGlosa", DemonstrativoBuilder.text500(c.message()));
        x.end();
      }
    }
    x.leaf("situacaoGuia", DemonstrativoBuilder.status(gr.totals()));
    List<ItemResult> items = gr.items();
    for (int i = 0; i < items.size(); i++) item(g, items.get(i), where);
    totals("Guia", gr.totals());
    x.end();
  }

  private void item(Guide g, ItemResult ir, String guideWhere) {
    Item i = ir.item();
    String where = Writing.item(guideWhere, i.seq());
    x.start("detalhesGuia");
    x.leaf("sequencialItem", Integer.toString(i.seq()));
    LocalDate day = i.date() != null ? i.date() : g.executionDate();
    if (day == null) w.fail(Writing.M.get("write.no.date", where, "dataRealizacao"));
    x.leaf("dataRealizacao", date(day));
    x.start("procedimento");
    w.checkTable(i.table(), where);
    x.leaf("codigoTabela", i.table());
    x.leaf("codigoProcedimento", w.text(i.code(), 10, Writing.element(where, "codigoProcedimento")));
    x.leaf("descricaoProcedimento", Writing.description(i.code(), i.description()));
    x.end();
    x.leaf("grauParticipacao", w.degree(i.degree(), where));
    x.leaf("valorInformado", plain(ir.presented()));
    BigDecimal q = w.quantity(i.quantity(), where);
    x.leaf("qtdExecutada", q == null ? null : q.toPlainString());
    x.leaf("valorProcessado", plain(ir.presented().plus(ir.raised())));
    x.leaf("valorLiberado", plain(ir.paid()));
    List<Glosa> glosas = ir.glosas();
    for (int k = 0; k < glosas.size(); k++) {
      Glosa gl = glosas.get(k);
      x.start("relacaoGlosa");
      x.leaf("valorGlosa", plain(gl.value()));
      x.leaf("tipoGlosa", w.glosa(gl.code(), where));
      x.end();
    }
    x.end();
  }

  /** valorInformado…, valorProcessado…, valorLiberado…, valorGlosa… of a guide, a protocol or the whole. */
  private void totals(String level, Totals t) {
    x.leaf("valorInformado" + level, plain(t.presented()));
    x.leaf("valorProcessado" + level, plain(DemonstrativoBuilder.processed(t)));
    x.leaf("valorLiberado" + level, plain(t.paid()));
    x.leaf("valorGlosa" + level, plain(t.glosed()));
  }

  /** xs:decimal as the marshaller prints it: plain notation, the cents always written. */
  private static String plain(Money m) {
    return m == null ? null : m.plain();
  }

  /** xs:date without a time zone, as XMLGregorianCalendar.toXMLFormat() writes it. */
  static String date(LocalDate d) {
    if (d == null) return null;
    int y = d.getYear();
    if (y < 1000 || y > 9999) return XmlValues.xmlDate(d).toXMLFormat();
    char[] c = {digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), '-',
        digit(d.getMonthValue() / 10), digit(d.getMonthValue() % 10), '-', digit(d.getDayOfMonth() / 10),
        digit(d.getDayOfMonth() % 10)};
    return new String(c);
  }

  /** xs:time to the second, without a time zone. */
  static String time(LocalTime t) {
    if (t == null) return null;
    char[] c = {digit(t.getHour() / 10), digit(t.getHour() % 10), ':', digit(t.getMinute() / 10),
        digit(t.getMinute() % 10), ':', digit(t.getSecond() / 10), digit(t.getSecond() % 10)};
    return new String(c);
  }

  private static char digit(int d) {
    return (char) ('0' + d);
  }
}
