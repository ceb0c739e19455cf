package convenio.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Money;
import convenio.tiss.MessageReader;
import convenio.tiss.TissHash;
import convenio.tiss.TissMessages;
import convenio.tiss.TissValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two kinds {@link StoreSuite} does not cover: the operator's demonstrativoPagamento and Convenio's priced result. */
class MoreMessagesTest {
  @TempDir
  Path dir;

  /**
   * Operator A pays lote 101 (protocol 5001) on 2026-03-05: informado R$ 350,00, processado R$ 350,00, liberado
   * R$ 335,00 and glosa R$ 15,00 (350 − 15), as its demonstrativo said before the recurso.
   */
  static String pagamento() {
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
        + "<ans:mensagemTISS xmlns:ans=\"http://www.ans.gov.br/padroes/tiss/schemas\"><ans:cabecalho>"
        + "<ans:identificacaoTransacao><ans:tipoTransacao>DEMONSTRATIVO_PAGAMENTO</ans:tipoTransacao>"
        + "<ans:sequencialTransacao>P1</ans:sequencialTransacao><ans:dataRegistroTransacao>2026-03-05</ans:dataRegistroTransacao>"
        + "<ans:horaRegistroTransacao>10:00:00</ans:horaRegistroTransacao></ans:identificacaoTransacao>"
        + "<ans:origem><ans:registroANS>111111</ans:registroANS></ans:origem>"
        + "<ans:destino><ans:identificacaoPrestador><ans:codigoPrestadorNaOperadora>P1</ans:codigoPrestadorNaOperadora>"
        + "</ans:identificacaoPrestador></ans:destino><ans:Padrao>4.03.00</ans:Padrao></ans:cabecalho>"
        + "<ans:operadoraParaPrestador><ans:demonstrativosRetorno><ans:demonstrativoPagamento>"
        + "<ans:cabecalhoDemonstrativo><ans:registroANS>111111</ans:registroANS><ans:numeroDemonstrativo>PG-1</ans:numeroDemonstrativo>"
        + "<ans:nomeOperadora>OPERADORA A</ans:nomeOperadora><ans:numeroCNPJ>11111111000111</ans:numeroCNPJ>"
        + "<ans:dataEmissao>2026-03-05</ans:dataEmissao></ans:cabecalhoDemonstrativo>"
        + "<ans:dadosContratado><ans:dadosPrestador><ans:codigoPrestadorNaOperadora>P1</ans:codigoPrestadorNaOperadora>"
        + "</ans:dadosPrestador><ans:CNES>1234567</ans:CNES></ans:dadosContratado>"
        + "<ans:pagamentos><ans:pagamentosPorData><ans:dadosPagamento><ans:dataPagamento>2026-03-05</ans:dataPagamento>"
        + "<ans:formaPagamento>1</ans:formaPagamento></ans:dadosPagamento><ans:dadosResumo><ans:relacaoProtocolos>"
        + "<ans:dataProtocolo>2026-02-10</ans:dataProtocolo><ans:numeroProtocolo>5001</ans:numeroProtocolo>"
        + "<ans:numeroLote>101</ans:numeroLote><ans:valorInformado>350.00</ans:valorInformado>"
        + "<ans:valorProcessado>350.00</ans:valorProcessado><ans:valorLiberado>335.00</ans:valorLiberado>"
        + "<ans:valorGlosa>15.00</ans:valorGlosa><ans:guiasDoLote><ans:numeroGuiaPrestador>G1</ans:numeroGuiaPrestador>"
        + "<ans:tipoPagamento>1</ans:tipoPagamento><ans:valorProcessadoGuia>150.00</ans:valorProcessadoGuia>"
        + "<ans:valorLiberadoGuia>135.00</ans:valorLiberadoGuia><ans:valorGlosaGuia>15.00</ans:valorGlosaGuia>"
        + "</ans:guiasDoLote></ans:relacaoProtocolos></ans:dadosResumo>"
        + "<ans:totaisBrutosPorData><ans:totalInformadoPorData>350.00</ans:totalInformadoPorData>"
        + "<ans:totalProcessadoPorData>350.00</ans:totalProcessadoPorData><ans:totaLiberadoPorData>335.00</ans:totaLiberadoPorData>"
        + "<ans:totalGlosaPorData>15.00</ans:totalGlosaPorData></ans:totaisBrutosPorData>"
        + "<ans:totaisLiquidosPorData><ans:totalDebitosPorData>0.00</ans:totalDebitosPorData>"
        + "<ans:totalCreditosPorData>0.00</ans:totalCreditosPorData><ans:liquidoPorData>335.00</ans:liquidoPorData>"
        + "</ans:totaisLiquidosPorData></ans:pagamentosPorData></ans:pagamentos>"
        + "<ans:totaisDemonstrativo><ans:totaisBrutosDemonstrativo><ans:valorInformadoBruto>350.00</ans:valorInformadoBruto>"
        + "<ans:valorProcessadoBruto>350.00</ans:valorProcessadoBruto><ans:valorLiberadoBruto>335.00</ans:valorLiberadoBruto>"
        + "<ans:valorGlosaBruto>15.00</ans:valorGlosaBruto></ans:totaisBrutosDemonstrativo>"
        + "<ans:totaisLiquidosDemonstrativo><ans:totalDebitosDemonstrativo>0.00</ans:totalDebitosDemonstrativo>"
        + "<ans:totalCreditosdemonstrativo>0.00</ans:totalCreditosdemonstrativo>"
        + "<ans:valorLiberadoDemonstrativo>335.00</ans:valorLiberadoDemonstrativo></ans:totaisLiquidosDemonstrativo>"
        + "</ans:totaisDemonstrativo></ans:demonstrativoPagamento></ans:demonstrativosRetorno></ans:operadoraParaPrestador>"
        + "<ans:epilogo><ans:hash></ans:hash></ans:epilogo></ans:mensagemTISS>";
    String hash = TissHash.compute(xml.getBytes(StandardCharsets.ISO_8859_1));
    return xml.replace("<ans:hash></ans:hash>", "<ans:hash>" + hash + "</ans:hash>");
  }

  @Test
  void aPaymentIsReadAndRecorded() throws Exception {
    Path file = dir.resolve("pagamento.xml");
    Files.write(file, pagamento().getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(List.of(), TissValidator.validate(Files.readAllBytes(file)));
    MessageReader.Result<TissMessages.Pagamento> r = new MessageReader().pagamento(file);
    assertTrue(r.hash().matches());
    TissMessages.PagamentoProtocolo p = r.message().protocols().get(0);
    assertEquals(LocalDate.of(2026, 3, 5), p.paidOn());
    assertEquals("101", p.loteNumber());
    assertEquals(Money.of("335.00"), p.liberado());
    assertEquals(Money.of("335.00"), r.message().liberado());
    try (HistoryStore h = HistoryStore.open(dir.resolve("h").toString())) {
      AddOutcome o = h.add(file);
      assertEquals(AddOutcome.Status.RECORDED, o.status(), o.toString());
      assertEquals(MessageKind.PAGAMENTO, o.kind());
      try (Statement s = h.connection().createStatement();
           ResultSet rs = s.executeQuery("SELECT lote_number, protocol_number, liberado, glosado FROM payment")) {
        assertTrue(rs.next());
        assertEquals("101", rs.getString(1));
        assertEquals("5001", rs.getString(2));
        assertEquals(33500, rs.getLong(3)); // R$ 335,00 in cents
        assertEquals(1500, rs.getLong(4));
      }
    }
  }

  @Test
  void aPricedResultKeepsItsContract() throws Exception {
    Path file = dir.resolve("priced.json");
    Files.writeString(file, """
        {"contract": {"id": "exemplo", "version": "3", "hash": "9f86d081884c7d65"},
         "lote": "101", "operator_ans": "111111",
         "guides": [{"number": "G1", "items": [
           {"seq": 1, "code": "40301010", "presented": 100.00, "paid": 90.00, "glosed": 10.00},
           {"seq": 2, "code": "90000001", "presented": 50.00, "paid": 50.00, "glosed": 0.00}]}]}
        """);
    try (HistoryStore h = HistoryStore.open(dir.resolve("h").toString())) {
      AddOutcome o = h.add(file);
      assertEquals(MessageKind.PRICED, o.kind(), o.toString());
      assertEquals(2, o.lines());
      try (Statement s = h.connection().createStatement();
           ResultSet rs = s.executeQuery("SELECT m.contract_id, m.contract_version, m.artifact_hash, SUM(p.paid)"
               + " FROM message m JOIN priced_item p ON p.message_id = m.id"
               + " GROUP BY m.contract_id, m.contract_version, m.artifact_hash")) {
        assertTrue(rs.next());
        assertEquals("exemplo", rs.getString(1));
        assertEquals("3", rs.getString(2));
        assertEquals("9f86d081884c7d65", rs.getString(3));
        assertEquals(14000, rs.getLong(4)); // R$ 90,00 + R$ 50,00
      }
      assertEquals(AddOutcome.Status.ALREADY_RECORDED, h.add(file).status());
    }
  }
}
