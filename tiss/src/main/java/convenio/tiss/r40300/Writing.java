package convenio.tiss.r40300;

import convenio.i18n.Messages;
import convenio.model.Provider;
import convenio.tiss.TissDomain;
import convenio.tiss.TissRelease;
import convenio.tiss.v40300.CabecalhoTransacao;
import convenio.tiss.v40300.CtContratadoDados;
import convenio.tiss.v40300.CtPrestadorIdentificacao;
import convenio.tiss.v40300.CtProcedimentoDados;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What both writers share: the message header, the provider identification, the procedure block, and the checks
 * that keep the output valid against the 4.03.00 schema. A value the schema would refuse is collected as a
 * reason, and all reasons are thrown together, so the caller learns every problem of the data at once instead
 * of an invalid file being written.
 */
final class Writing {
  /** The texts of this package (its writers, guide mapping and binding), in both languages. */
  static final Messages M = Messages.of(Writing.class, "convenio.tiss.r40300.messages");

  private final TissDomain domain = TissDomain.of(TissRelease.CURRENT);
  private final List<String> reasons = new ArrayList<>();
  private final String what;

  /** @param what the message written, a key of the bundle (write.what.…) */
  Writing(String what) {
    this.what = what;
  }

  /** Where a reason is: a guide, by its number. */
  static String guide(String number) {
    return M.get("where.guide", number);
  }

  /** Where a reason is: an item of a guide ({@code guide} as {@link #guide} gives it). */
  static String item(String guide, int seq) {
    return M.get("where.item", guide, seq);
  }

  /** Where a reason is: an element of a guide or an item. */
  static String element(String where, String element) {
    return M.get("where.element", where, element);
  }

  void fail(String reason) {
    reasons.add(reason);
  }

  void finish() {
    if (!reasons.isEmpty()) {
      throw new IllegalArgumentException(M.get("write.invalid", M.get(what), Binding40300.RELEASE,
          String.join("; ", reasons)));
    }
  }

  CabecalhoTransacao header(String transaction, String sequence, LocalDate date, LocalTime time) {
    CabecalhoTransacao cab = new CabecalhoTransacao();
    CabecalhoTransacao.IdentificacaoTransacao id = new CabecalhoTransacao.IdentificacaoTransacao();
    id.setTipoTransacao(transaction);
    id.setSequencialTransacao(text(sequence, 12, "sequencialTransacao"));
    id.setDataRegistroTransacao(XmlValues.xmlDate(date));
    id.setHoraRegistroTransacao(XmlValues.xmlTime((time != null ? time : LocalTime.now()).truncatedTo(ChronoUnit.SECONDS)));
    cab.setIdentificacaoTransacao(id);
    cab.setPadrao(Binding40300.RELEASE);
    return cab;
  }

  void identify(CtPrestadorIdentificacao id, Provider p, String where) {
    if (p != null && p.codeAtOperator() != null) id.setCodigoPrestadorNaOperadora(text(p.codeAtOperator(), 14, where));
    else if (p != null && p.cnpj() != null) id.setCNPJ(p.cnpj());
    else if (p != null && p.cpf() != null) id.setCPF(p.cpf());
    else fail(M.get("write.no.provider.id", where));
  }

  CtContratadoDados contratado(Provider p, String where) {
    CtContratadoDados c = new CtContratadoDados();
    if (p != null && p.codeAtOperator() != null) c.setCodigoPrestadorNaOperadora(text(p.codeAtOperator(), 14, where));
    else if (p != null && p.cnpj() != null) c.setCnpjContratado(p.cnpj());
    else if (p != null && p.cpf() != null) c.setCpfContratado(p.cpf());
    else fail(M.get("write.no.provider.id", where));
    return c;
  }

  CtProcedimentoDados procedure(String table, String code, String description, String where) {
    CtProcedimentoDados p = new CtProcedimentoDados();
    checkTable(table, where);
    p.setCodigoTabela(table);
    p.setCodigoProcedimento(text(code, 10, element(where, "codigoProcedimento")));
    p.setDescricaoProcedimento(description(code, description));
    return p;
  }

  void checkTable(String table, String where) {
    if (!domain.tabela().accepts(table)) fail(M.get("write.tabela", where, table));
  }

  /** descricaoProcedimento is required (1..150); the model may not have it, and the code is the next best label. */
  static String description(String code, String description) {
    String d = description == null || description.isBlank() ? code : description.strip();
    return d != null && d.length() > 150 ? d.substring(0, 150) : d;
  }

  String glosa(String code, String where) {
    if (!domain.glosas().accepts(code)) {
      fail(M.get("write.glosa", where, code));
    }
    return code;
  }

  String degree(String degree, String where) {
    if (degree == null) return null;
    if (!domain.grauParticipacao().accepts(degree)) fail(M.get("write.grau", where, degree));
    return degree;
  }

  /** Required text of at most {@code max} characters. */
  String text(String value, int max, String where) {
    if (value == null || value.isBlank()) {
      fail(M.get("write.missing", where));
      return value;
    }
    if (value.length() > max) fail(M.get("write.long", where, value, max));
    return value;
  }

  BigDecimal quantity(BigDecimal q, String where) {
    if (q == null) {
      fail(M.get("write.quantity.missing", where));
      return null;
    }
    BigDecimal s = q.stripTrailingZeros();
    if (s.scale() > 4 || s.precision() - s.scale() > 5) fail(M.get("write.quantity.digits", where, q));
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
