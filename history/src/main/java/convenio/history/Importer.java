package convenio.history;

import static convenio.history.HistoryTexts.M;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.Item;
import convenio.model.Money;
import convenio.tiss.AccountYaml;
import convenio.tiss.AnaliseConta;
import convenio.tiss.DemonstrativoReader;
import convenio.tiss.MessageReader;
import convenio.tiss.TissException;
import convenio.tiss.TissMessages;
import convenio.tiss.TissProblem;
import convenio.tiss.TissReadResult;
import convenio.tiss.TissReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Records one file in one transaction: the message row, then its lines. A file already recorded (same kind and
 * bytes, or same kind, operator and number) changes nothing; a file that cannot be read leaves nothing behind.
 */
final class Importer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection c;

  Importer(Connection c) {
    this.c = c;
  }

  /** A file that cannot be recorded: the reason, with its place when it has one. */
  private static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /** What a reader made of a file, before anything is written. */
  private interface Parsed {
    String operatorAns();

    String number();

    int write(long messageId) throws SQLException;
  }

  private record Header(String operatorAns, String provider, String loteNumber, String number, LocalDate issued,
      String contractId, String contractVersion, String artifactHash) {}

  AddOutcome add(Path file) {
    MessageKind kind = null;
    List<String> warnings = new ArrayList<>();
    try {
      kind = MessageKind.sniff(file);
      if (kind == null) {
        return failed(file, null, M.get("add.not.message"));
      }
      String sha = sha256(file);
      Long same = find("SELECT id FROM message WHERE kind = ? AND sha256 = ?", kind.name(), sha);
      if (same != null) return new AddOutcome(file, AddOutcome.Status.ALREADY_RECORDED, kind, 0, M.get("add.same.file", same), List.of());
      Header[] header = new Header[1];
      Parsed parsed = parse(file, kind, warnings, header);
      Header h = header[0];
      if (h.number() != null) {
        Long n = find("SELECT id FROM message WHERE kind = ? AND operator_ans = ? AND number = ?", kind.name(),
            h.operatorAns(), h.number());
        if (n != null) {
          return new AddOutcome(file, AddOutcome.Status.ALREADY_RECORDED, kind, 0, M.get("add.same.number", kind.shown(), h.number(),
              h.operatorAns(), n), warnings);
        }
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        long id = insertMessage(kind, sha, file, h);
        int lines = parsed.write(id);
        c.commit();
        return new AddOutcome(file, AddOutcome.Status.RECORDED, kind, lines, null, warnings);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (Refused e) {
      return failed(file, kind, e.getMessage());
    } catch (TissException e) {
      String at = e.line() > 0 ? ":" + e.line() + ":" + e.column() + ": " : ": ";
      return failed(file, kind, at + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return failed(file, kind, M.get("add.unreadable", e.getMessage()));
    } catch (SQLException e) {
      return failed(file, kind, M.get("add.refused", Sql.reason(e)));
    }
  }

  private static AddOutcome failed(Path file, MessageKind kind, String why) {
    return new AddOutcome(file, AddOutcome.Status.FAILED, kind, 0, why, List.of());
  }

  private Parsed parse(Path file, MessageKind kind, List<String> warnings, Header[] header) throws Refused, IOException {
    return switch (kind) {
      case LOTE -> lote(file, warnings, header);
      case ANALISE -> analise(file, warnings, header);
      case RECURSO -> recurso(file, warnings, header);
      case RESPOSTA -> resposta(file, warnings, header);
      case PAGAMENTO -> pagamento(file, warnings, header);
      case PRICED -> priced(file, header);
    };
  }

  // ---- lotes -----------------------------------------------------------------------------------------------------

  private Parsed lote(Path file, List<String> warnings, Header[] header) throws Refused {
    Account a;
    String name = file.getFileName().toString().toLowerCase();
    if (name.endsWith(".xml")) {
      TissReadResult r = new TissReader().read(file);
      problems(r.summary().problems(), warnings);
      a = r.account();
    } else {
      AccountYaml.Read r = AccountYaml.parse(file);
      if (!r.ok()) throw new Refused(String.join("; ", r.problems()));
      a = r.account();
    }
    if (a.operatorAns() == null) throw new Refused(": " + M.get("add.lote.no.operator"));
    if (a.loteNumber() == null) throw new Refused(": " + M.get("add.lote.no.number"));
    String provider = a.provider() == null ? null : firstNonNull(a.provider().codeAtOperator(), a.provider().cnpj(), a.provider().cpf());
    header[0] = new Header(a.operatorAns(), provider, a.loteNumber(), a.loteNumber(), a.sentOn(), null, null, null);
    return new Parsed() {
      public String operatorAns() { return a.operatorAns(); }
      public String number() { return a.loteNumber(); }
      public int write(long id) throws SQLException {
        int n = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO lote_item (message_id, operator_ans, provider,"
            + " lote_number, guide_number, seq, guide_type, item_kind, code, competencia, presented)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
          for (Guide g : a.guides()) {
            // competência: the month the guide was carried out; the lote's date only when the guide has none
            LocalDate when = g.executionDate() != null ? g.executionDate() : a.sentOn();
            if (when == null) throw new SQLException(M.get("add.guide.no.date", g.number()));
            for (Item i : g.items()) {
              p.setLong(1, id);
              p.setString(2, a.operatorAns());
              p.setString(3, provider);
              p.setString(4, a.loteNumber());
              p.setString(5, g.number());
              p.setInt(6, i.seq());
              p.setString(7, g.type() == null ? null : g.type().name());
              p.setString(8, i.kind() == null ? null : i.kind().name());
              p.setString(9, i.code());
              p.setString(10, YearMonth.from(when).toString());
              p.setLong(11, i.totalValue() == null ? 0 : i.totalValue().cents());
              p.addBatch();
              n++;
            }
          }
          p.executeBatch();
        }
        return n;
      }
    };
  }

  // ---- demonstrativo de análise de conta ---------------------------------------------------------------------------

  private Parsed analise(Path file, List<String> warnings, Header[] header) throws Refused {
    DemonstrativoReader.Result r = new DemonstrativoReader().read(file);
    problems(r.problems(), warnings);
    AnaliseConta first = r.demonstrativos().get(0);
    if (first.operatorAns() == null) throw new Refused(": " + M.get("add.analise.no.operator"));
    String lote = null;
    for (AnaliseConta d : r.demonstrativos()) {
      for (AnaliseConta.Protocolo p : d.protocols()) {
        if (p.loteNumber() == null) {
          throw new Refused(": " + M.get("add.protocol.no.lote", p.protocolNumber()));
        }
        if (lote == null) lote = p.loteNumber();
      }
      if (d.issued() == null) throw new Refused(": " + M.get("add.analise.no.date", d.number()));
    }
    String provider = first.provider() == null ? null
        : firstNonNull(first.provider().codeAtOperator(), first.provider().cnpj(), first.provider().cpf());
    header[0] = new Header(first.operatorAns(), provider, lote, first.number(), first.issued(), null, null, null);
    return new Parsed() {
      public String operatorAns() { return first.operatorAns(); }
      public String number() { return first.number(); }
      public int write(long id) throws SQLException {
        int n = 0;
        try (PreparedStatement items = c.prepareStatement("INSERT INTO analysis_item (message_id, operator_ans,"
            + " provider, lote_number, protocol_number, guide_number, seq, code, informado, liberado, glosado,"
            + " competencia, analysed_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement glosas = c.prepareStatement("INSERT INTO glosa (message_id, operator_ans, lote_number,"
            + " protocol_number, guide_number, seq, code, amount, analysed_on) VALUES (?,?,?,?,?,?,?,?,?)")) {
          for (AnaliseConta d : r.demonstrativos()) {
            for (AnaliseConta.Protocolo p : d.protocols()) {
              LocalDate month = p.date() != null ? p.date() : d.issued();
              if (p.glosa() != null) glosa(glosas, id, d, p, null, null, p.glosa().code(), null);
              for (AnaliseConta.GuiaAnalisada g : p.guides()) {
                for (AnaliseConta.Motivo m : g.glosas()) glosa(glosas, id, d, p, g.number(), null, m.code(), null);
                for (AnaliseConta.ItemAnalisado i : g.items()) {
                  long informado = i.informado() == null ? 0 : i.informado().cents();
                  long glosado = i.glosado().cents();
                  long liberado = i.liberado() != null ? i.liberado().cents() : informado - glosado;
                  items.setLong(1, id);
                  items.setString(2, d.operatorAns());
                  items.setString(3, provider);
                  items.setString(4, p.loteNumber());
                  items.setString(5, p.protocolNumber());
                  items.setString(6, g.number());
                  items.setInt(7, i.seq());
                  items.setString(8, i.code());
                  items.setLong(9, informado);
                  items.setLong(10, liberado);
                  items.setLong(11, glosado);
                  items.setString(12, YearMonth.from(month).toString());
                  items.setDate(13, Date.valueOf(d.issued()));
                  items.addBatch();
                  n++;
                  for (AnaliseConta.GlosaValor v : i.glosas()) {
                    glosa(glosas, id, d, p, g.number(), i.seq(), v.code(), v.value());
                  }
                }
              }
            }
          }
          items.executeBatch();
          glosas.executeBatch();
        }
        return n;
      }
    };
  }

  private static void glosa(PreparedStatement s, long id, AnaliseConta d, AnaliseConta.Protocolo p, String guide,
      Integer seq, String code, Money amount) throws SQLException {
    s.setLong(1, id);
    s.setString(2, d.operatorAns());
    s.setString(3, p.loteNumber());
    s.setString(4, p.protocolNumber());
    s.setString(5, guide);
    setInt(s, 6, seq);
    s.setString(7, code == null ? "" : code);
    setLong(s, 8, amount == null ? null : amount.cents());
    s.setDate(9, Date.valueOf(d.issued()));
    s.addBatch();
  }

  // ---- recurso de glosa sent -----------------------------------------------------------------------------------------

  private Parsed recurso(Path file, List<String> warnings, Header[] header) throws Refused {
    MessageReader.Result<TissMessages.Recurso> read = new MessageReader().recurso(file);
    problems(read.problems(), warnings);
    TissMessages.Recurso r = read.message();
    if (r.operatorAns() == null) throw new Refused(": " + M.get("add.recurso.no.operator"));
    LocalDate on = r.date() != null ? r.date() : r.sentOn();
    if (on == null) throw new Refused(": " + M.get("add.recurso.no.date"));
    header[0] = new Header(r.operatorAns(), r.providerCode(), r.loteNumber(), r.number(), on, null, null, null);
    return new Parsed() {
      public String operatorAns() { return r.operatorAns(); }
      public String number() { return r.number(); }
      public int write(long id) throws SQLException {
        int n = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO recurso_item (message_id, operator_ans, lote_number,"
            + " protocol_number, recurso_number, guide_number, seq, code, amount, appealed_on)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
          if (r.protocolGlosa() != null) {
            recursoRow(s, id, r, on, null, null, r.protocolGlosa().code(), null);
            n++;
          }
          for (TissMessages.RecursoGuia g : r.guides()) {
            for (TissMessages.Motivo w : g.whole()) {
              recursoRow(s, id, r, on, g.number(), null, w.code(), null);
              n++;
            }
            for (TissMessages.RecursoLinha i : g.items()) {
              recursoRow(s, id, r, on, g.number(), i.seq(), i.glosaCode(), i.value());
              n++;
            }
          }
          s.executeBatch();
        }
        return n;
      }
    };
  }

  private static void recursoRow(PreparedStatement s, long id, TissMessages.Recurso r, LocalDate on, String guide,
      Integer seq, String code, Money amount) throws SQLException {
    s.setLong(1, id);
    s.setString(2, r.operatorAns());
    s.setString(3, r.loteNumber());
    s.setString(4, r.protocolNumber());
    s.setString(5, r.number());
    s.setString(6, guide);
    setInt(s, 7, seq);
    s.setString(8, code);
    setLong(s, 9, amount == null ? null : amount.cents());
    s.setDate(10, Date.valueOf(on));
    s.addBatch();
  }

  // ---- the operator's answer -----------------------------------------------------------------------------------------

  private Parsed resposta(Path file, List<String> warnings, Header[] header) throws Refused {
    MessageReader.Result<TissMessages.Resposta> read = new MessageReader().resposta(file);
    problems(read.problems(), warnings);
    TissMessages.Resposta r = read.message();
    if (r.operatorAns() == null) throw new Refused(": " + M.get("add.resposta.no.operator"));
    if (r.answeredOn() == null) throw new Refused(": " + M.get("add.resposta.no.date"));
    String number = r.operatorRecursoNumber() != null ? r.operatorRecursoNumber() : r.recursoNumber();
    header[0] = new Header(r.operatorAns(), null, r.loteNumber(), number, r.answeredOn(), null, null, null);
    return new Parsed() {
      public String operatorAns() { return r.operatorAns(); }
      public String number() { return number; }
      public int write(long id) throws SQLException {
        int n = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO resposta_item (message_id, operator_ans,"
            + " lote_number, protocol_number, recurso_number, guide_number, seq, code, appealed, accepted_amount,"
            + " accepted, answered_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
          if (r.protocol() != null) {
            respostaRow(s, id, r, null, null, r.protocol().glosaCode(), null, null, r.protocol().accepted());
            n++;
          }
          for (TissMessages.GuideAnswer g : r.guides()) {
            respostaRow(s, id, r, g.guide(), null, g.glosaCode(), null, null, g.accepted());
            n++;
          }
          for (TissMessages.ItemAnswer i : r.items()) {
            boolean accepted = i.accepted() != null && !i.accepted().isZero();
            respostaRow(s, id, r, i.guide(), i.seq(), i.glosaCode(), i.appealed(), i.accepted(), accepted);
            n++;
          }
          s.executeBatch();
        }
        return n;
      }
    };
  }

  private static void respostaRow(PreparedStatement s, long id, TissMessages.Resposta r, String guide, Integer seq,
      String code, Money appealed, Money accepted, boolean ok) throws SQLException {
    s.setLong(1, id);
    s.setString(2, r.operatorAns());
    s.setString(3, r.loteNumber());
    s.setString(4, r.protocolNumber());
    s.setString(5, r.recursoNumber());
    s.setString(6, guide);
    setInt(s, 7, seq);
    s.setString(8, code);
    setLong(s, 9, appealed == null ? null : appealed.cents());
    setLong(s, 10, accepted == null ? null : accepted.cents());
    s.setBoolean(11, ok);
    s.setDate(12, Date.valueOf(r.answeredOn()));
    s.addBatch();
  }

  // ---- payment -------------------------------------------------------------------------------------------------------

  private Parsed pagamento(Path file, List<String> warnings, Header[] header) throws Refused {
    MessageReader.Result<TissMessages.Pagamento> read = new MessageReader().pagamento(file);
    problems(read.problems(), warnings);
    TissMessages.Pagamento pg = read.message();
    if (pg.operatorAns() == null) throw new Refused(": " + M.get("add.pagamento.no.operator"));
    String lote = pg.protocols().isEmpty() ? null : pg.protocols().get(0).loteNumber();
    header[0] = new Header(pg.operatorAns(), pg.providerCode(), lote, pg.number(), pg.issued(), null, null, null);
    return new Parsed() {
      public String operatorAns() { return pg.operatorAns(); }
      public String number() { return pg.number(); }
      public int write(long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payment (message_id, operator_ans, lote_number,"
            + " protocol_number, paid_on, informado, liberado, glosado) VALUES (?,?,?,?,?,?,?,?)")) {
          for (TissMessages.PagamentoProtocolo p : pg.protocols()) {
            s.setLong(1, id);
            s.setString(2, pg.operatorAns());
            s.setString(3, p.loteNumber());
            s.setString(4, p.protocolNumber());
            s.setDate(5, p.paidOn() == null ? null : Date.valueOf(p.paidOn()));
            setLong(s, 6, p.informado() == null ? null : p.informado().cents());
            setLong(s, 7, p.liberado() == null ? null : p.liberado().cents());
            setLong(s, 8, p.glosa() == null ? null : p.glosa().cents());
            s.addBatch();
          }
          s.executeBatch();
        }
        return pg.protocols().size();
      }
    };
  }

  // ---- Convenio's own priced result ------------------------------------------------------------------------------

  private Parsed priced(Path file, Header[] header) throws Refused, IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new Refused(":" + (loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr()) + ": "
          + M.get("add.not.json", e.getOriginalMessage()));
    }
    JsonNode contract = root.path("contract");
    String cid = text(contract.path("id"));
    String hash = text(contract.path("hash"));
    if (cid == null || hash == null) throw new Refused(": " + M.get("add.priced.no.contract"));
    String lote = text(root.path("lote"));
    String operator = text(root.path("operator_ans"));
    header[0] = new Header(operator, null, lote, lote == null ? null : hash.substring(0, Math.min(12, hash.length())) + "/" + lote,
        null, cid, text(contract.path("version")), hash);
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode g : root.path("guides")) {
      String guide = text(g.has("number") ? g.path("number") : g.path("guide"));
      if (guide == null) throw new Refused(": " + M.get("add.priced.guide.no.number"));
      for (JsonNode i : g.path("items")) {
        rows.add(new Object[] {guide, i.path("seq").asInt(), text(i.path("code")), cents(i.path("presented")),
            cents(i.path("paid")), cents(i.path("glosed"))});
      }
    }
    return new Parsed() {
      public String operatorAns() { return operator; }
      public String number() { return header[0].number(); }
      public int write(long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO priced_item (message_id, operator_ans, lote_number,"
            + " guide_number, seq, code, presented, paid, glosed) VALUES (?,?,?,?,?,?,?,?,?)")) {
          for (Object[] r : rows) {
            s.setLong(1, id);
            s.setString(2, operator);
            s.setString(3, lote);
            s.setString(4, (String) r[0]);
            s.setInt(5, (Integer) r[1]);
            s.setString(6, (String) r[2]);
            s.setLong(7, (Long) r[3]);
            s.setLong(8, (Long) r[4]);
            s.setLong(9, (Long) r[5]);
            s.addBatch();
          }
          s.executeBatch();
        }
        return rows.size();
      }
    };
  }

  private static long cents(JsonNode n) throws Refused {
    if (n.isMissingNode() || n.isNull()) return 0;
    try {
      return Money.of(new BigDecimal(n.asText())).cents();
    } catch (RuntimeException e) {
      throw new Refused(": " + M.get("add.not.money", n.asText()));
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  // ---- rows --------------------------------------------------------------------------------------------------------

  private long insertMessage(MessageKind kind, String sha, Path file, Header h) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO message (kind, sha256, source, operator_ans, provider,"
        + " lote_number, number, issued, contract_id, contract_version, artifact_hash, recorded_at)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, kind.name());
      p.setString(2, sha);
      String source = file.toString();
      p.setString(3, source.length() > 1000 ? source.substring(source.length() - 1000) : source);
      p.setString(4, h.operatorAns());
      p.setString(5, h.provider());
      p.setString(6, h.loteNumber());
      p.setString(7, h.number());
      p.setDate(8, h.issued() == null ? null : Date.valueOf(h.issued()));
      p.setString(9, h.contractId());
      p.setString(10, h.contractVersion());
      p.setString(11, h.artifactHash());
      p.setTimestamp(12, Timestamp.from(Instant.now()));
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private Long find(String sql, String... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) p.setString(i + 1, args[i]);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
    if (v == null) s.setNull(i, Types.INTEGER);
    else s.setInt(i, v);
  }

  private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
    if (v == null) s.setNull(i, Types.BIGINT);
    else s.setLong(i, v);
  }

  private static void problems(List<TissProblem> problems, List<String> warnings) {
    for (TissProblem p : problems) warnings.add(p.toString());
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) if (v != null) return v;
    return null;
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
