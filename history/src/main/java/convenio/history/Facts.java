package convenio.history;

import static convenio.history.HistoryTexts.M;

import convenio.model.GlosaGroup;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysed items with their glosas, each glosa followed through its recurso and the answer: what the indicators
 * are computed from. Read with the same plain SELECTs on H2 and PostgreSQL; the joins across messages (by operator,
 * lote, guide number and sequencialItem) are made here.
 *
 * <p>Rules: the latest demonstrativo of an item counts (a re-analysis replaces the first); an item appealed twice
 * counts its latest recurso; what is appealed is never more than what was glosed, nor what is recovered more than what
 * was appealed. A recurso of a whole guide (recursoGuiaCompleta) appeals every glosa of the guide's items, one of a
 * protocol (recursoProtocolo) every glosa of the lote; an answer accepting them recovers what they appealed.
 */
final class Facts {
  record Item(String operator, String provider, String month, String guideType, String itemKind, String lote,
      String guide, int seq, long presented, List<Glosa> glosas) {}

  record Glosa(String code, String group, GlosaGroup cls, long amount, long appealed, long recovered,
      LocalDate analysedOn, LocalDate appealedOn, LocalDate answeredOn) {
    Long daysToAnswer() {
      return appealedOn == null || answeredOn == null ? null : ChronoUnit.DAYS.between(appealedOn, answeredOn);
    }
  }

  private record Lote(String type, String kind, String month) {}

  private record Analysed(long message, String operator, String provider, String lote, String guide, int seq,
      long informado, String month, LocalDate on) {}

  private record Appeal(long amount, LocalDate on) {}

  private record Answer(Long accepted, boolean ok, LocalDate on) {}

  static List<Item> load(Connection c) throws SQLException {
    GlosaClasses classes = GlosaClasses.load(c);
    Map<String, Lote> lote = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT operator_ans, lote_number, guide_number, seq, guide_type, item_kind, competencia FROM lote_item")) {
      while (rs.next()) lote.put(key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
          new Lote(rs.getString(5), rs.getString(6), rs.getString(7)));
    }
    Map<String, Analysed> analysed = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT message_id, operator_ans, provider,"
        + " lote_number, guide_number, seq, informado, competencia, analysed_on FROM analysis_item"
        + " ORDER BY analysed_on, message_id, guide_number, seq")) {
      while (rs.next()) {
        Analysed a = new Analysed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getDate(9).toLocalDate());
        analysed.put(key(a.operator(), a.lote(), a.guide(), a.seq()), a);
      }
    }
    Map<String, List<String[]>> glosas = new HashMap<>(); // message|item key → code, amount
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT message_id, operator_ans,"
        + " lote_number, guide_number, seq, code, amount FROM glosa WHERE seq IS NOT NULL ORDER BY message_id, code")) {
      while (rs.next()) {
        glosas.computeIfAbsent(rs.getLong(1) + "#" + key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
            k -> new ArrayList<>()).add(new String[] {rs.getString(6), String.valueOf(rs.getLong(7))});
      }
    }
    Map<String, Appeal> itemAppeals = new HashMap<>();
    Map<String, LocalDate> wholeAppeals = new HashMap<>(); // guide key or lote key → date
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT operator_ans, lote_number,"
        + " guide_number, seq, code, amount, appealed_on FROM recurso_item ORDER BY appealed_on, message_id")) {
      while (rs.next()) {
        String op = rs.getString(1), l = rs.getString(2), g = rs.getString(3), code = rs.getString(5);
        int seq = rs.getInt(4);
        boolean item = !rs.wasNull();
        LocalDate on = rs.getDate(7).toLocalDate();
        if (item) itemAppeals.put(key(op, l, g, seq) + "|" + code, new Appeal(rs.getLong(6), on));
        else wholeAppeals.put(g == null ? key(op, l) : key(op, l, g), on);
      }
    }
    Map<String, Answer> itemAnswers = new HashMap<>();
    Map<String, Answer> wholeAnswers = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT operator_ans, lote_number,"
        + " guide_number, seq, code, accepted_amount, accepted, answered_on FROM resposta_item"
        + " ORDER BY answered_on, message_id")) {
      while (rs.next()) {
        String op = rs.getString(1), l = rs.getString(2), g = rs.getString(3), code = rs.getString(5);
        int seq = rs.getInt(4);
        boolean item = !rs.wasNull();
        long acc = rs.getLong(6);
        Long accepted = rs.wasNull() ? null : acc;
        Answer a = new Answer(accepted, rs.getBoolean(7), rs.getDate(8).toLocalDate());
        if (item) itemAnswers.put(key(op, l, g, seq) + "|" + code, a);
        else wholeAnswers.put(g == null ? key(op, l) : key(op, l, g), a);
      }
    }
    List<Item> out = new ArrayList<>();
    for (Map.Entry<String, Analysed> e : analysed.entrySet()) {
      Analysed a = e.getValue();
      Lote l = lote.get(e.getKey());
      List<Glosa> gs = new ArrayList<>();
      for (String[] g : glosas.getOrDefault(a.message() + "#" + e.getKey(), List.of())) {
        String code = g[0];
        long amount = Long.parseLong(g[1]);
        long appealed = 0, recovered = 0;
        LocalDate appealedOn = null, answeredOn = null;
        Appeal ap = itemAppeals.get(e.getKey() + "|" + code);
        Answer an = itemAnswers.get(e.getKey() + "|" + code);
        String guideKey = key(a.operator(), a.lote(), a.guide());
        String loteKey = key(a.operator(), a.lote());
        if (ap != null) {
          appealed = Math.min(ap.amount(), amount);
          appealedOn = ap.on();
        } else if (wholeAppeals.containsKey(guideKey) || wholeAppeals.containsKey(loteKey)) {
          appealed = amount;
          appealedOn = wholeAppeals.containsKey(guideKey) ? wholeAppeals.get(guideKey) : wholeAppeals.get(loteKey);
        }
        if (appealed > 0) {
          if (an == null) an = wholeAnswers.containsKey(guideKey) ? wholeAnswers.get(guideKey) : wholeAnswers.get(loteKey);
          if (an != null) {
            answeredOn = an.on();
            long acc = an.accepted() != null ? an.accepted() : an.ok() ? appealed : 0;
            recovered = Math.min(acc, appealed);
          }
        }
        gs.add(new Glosa(code, classes.groupName(code), classes.of(a.operator(), code), amount, appealed, recovered,
            a.on(), appealedOn, answeredOn));
      }
      String notInALote = M.get("value.not.in.lote");
      out.add(new Item(a.operator(), a.provider(), l != null ? l.month() : a.month(),
          l != null && l.type() != null ? l.type() : notInALote, l != null && l.kind() != null ? l.kind() : notInALote,
          a.lote(), a.guide(), a.seq(), a.informado(), gs));
    }
    return out;
  }

  static String key(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) b.append(p).append('\u0001');
    return b.toString();
  }

  static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
