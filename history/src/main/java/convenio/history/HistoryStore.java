package convenio.history;

import static convenio.history.HistoryTexts.M;

import convenio.model.GlosaGroup;
import convenio.model.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The glosa history: lotes sent, demonstrativos received, recursos sent and their answers, over months, in a JDBC
 * database (an H2 file by default, PostgreSQL for a team). Opening it brings its schema up to date (versioned
 * migrations). Each file is recorded in one transaction; the same file twice changes nothing.
 *
 * <pre>{@code
 * try (HistoryStore h = HistoryStore.open("glosas")) {          // ./glosas.mv.db (H2)
 *   h.add(List.of(Path.of("lotes/"), Path.of("demonstrativos/")));
 *   Indicators i = h.indicators(IndicatorQuery.all(Dimension.OPERATOR, Dimension.MONTH));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one store per thread (each holds one connection).
 */
public final class HistoryStore implements AutoCloseable {
  /** The prazo assumed when neither the operator nor '*' has one recorded. */
  public static final int DEFAULT_PRAZO_DAYS = 30;

  private final Database db;
  private final Connection c;

  private HistoryStore(Database db) {
    this.db = db;
    this.c = db.connect();
    try {
      Migrations.apply(c);
    } catch (SQLException e) {
      close();
      throw new HistoryException(M.get("store.migrate", db.shown(), Sql.reason(e)), e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Opens (creating when needed) the history named as after {@code --db}: null for the default file. */
  public static HistoryStore open(String db) {
    return new HistoryStore(Database.of(db));
  }

  public static HistoryStore open(Database db) {
    return new HistoryStore(db);
  }

  public Database database() {
    return db;
  }

  /** Records files and folders (recursively: .xml, .yaml, .yml, .json), in name order, one transaction per file. */
  public List<AddOutcome> add(List<Path> paths) {
    List<AddOutcome> out = new ArrayList<>();
    Importer importer = new Importer(c);
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).filter(HistoryStore::recordable).sorted().toList();
        } catch (IOException e) {
          throw new UncheckedIOException(M.get("store.list", p), e);
        }
        for (Path f : files) out.add(importer.add(f));
      } else if (Files.isRegularFile(p)) {
        out.add(importer.add(p));
      } else {
        out.add(new AddOutcome(p, AddOutcome.Status.FAILED, null, 0, M.get("add.missing"), List.of()));
      }
    }
    return out;
  }

  public AddOutcome add(Path file) {
    return new Importer(c).add(file);
  }

  private static boolean recordable(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  public Indicators indicators(IndicatorQuery q) {
    try {
      return Indicators.compute(Facts.load(c), q);
    } catch (SQLException e) {
      throw new HistoryException(M.get("store.read", db.shown(), Sql.reason(e)), e);
    }
  }

  /** How many messages of each kind are recorded. */
  public java.util.Map<MessageKind, Integer> counts() {
    java.util.Map<MessageKind, Integer> out = new java.util.EnumMap<>(MessageKind.class);
    try (PreparedStatement p = c.prepareStatement("SELECT kind, COUNT(*) FROM message GROUP BY kind");
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) out.put(MessageKind.valueOf(rs.getString(1)), rs.getInt(2));
    } catch (SQLException e) {
      throw new HistoryException(M.get("store.read", db.shown(), Sql.reason(e)), e);
    }
    return out;
  }

  /** Records that glosas of {@code codeOrGroup} (4 digits, or a 2-digit group) are of this class for an operator ('*': all). */
  public void classify(String operator, String codeOrGroup, GlosaGroup glosaClass) {
    if (!codeOrGroup.matches("\\d{2}|\\d{4}")) {
      throw new IllegalArgumentException(M.get("classify.code", codeOrGroup));
    }
    upsert("glosa_class", "operator_ans = ? AND code_prefix = ?", new Object[] {operator, codeOrGroup},
        "UPDATE glosa_class SET glosa_class = ? WHERE operator_ans = ? AND code_prefix = ?",
        new Object[] {glosaClass.name(), operator, codeOrGroup},
        "INSERT INTO glosa_class (operator_ans, code_prefix, glosa_class) VALUES (?, ?, ?)",
        new Object[] {operator, codeOrGroup, glosaClass.name()});
  }

  /** Records the prazos a contract with an operator ('*': all) states, in days. */
  public void prazo(String operator, int recursoDays, int answerDays) {
    if (recursoDays <= 0 || answerDays <= 0) throw new IllegalArgumentException(M.get("prazo.days"));
    upsert("prazo", "operator_ans = ?", new Object[] {operator},
        "UPDATE prazo SET recurso_days = ?, answer_days = ? WHERE operator_ans = ?",
        new Object[] {recursoDays, answerDays, operator},
        "INSERT INTO prazo (operator_ans, recurso_days, answer_days) VALUES (?, ?, ?)",
        new Object[] {operator, recursoDays, answerDays});
  }

  private void upsert(String table, String where, Object[] whereArgs, String update, Object[] updateArgs,
      String insert, Object[] insertArgs) {
    try {
      boolean exists;
      try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + where)) {
        bind(p, whereArgs);
        try (ResultSet rs = p.executeQuery()) {
          exists = rs.next();
        }
      }
      try (PreparedStatement p = c.prepareStatement(exists ? update : insert)) {
        bind(p, exists ? updateArgs : insertArgs);
        p.executeUpdate();
      }
    } catch (SQLException e) {
      throw new HistoryException(M.get("store.write", db.shown(), Sql.reason(e)), e);
    }
  }

  private static void bind(PreparedStatement p, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
  }

  /** The recurso prazo recorded for an operator (or for every operator, '*'), in days; empty when none is. */
  public java.util.OptionalInt recursoPrazo(String operator) {
    try {
      int[] p = prazoOf(operator);
      return p[2] == 2 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(p[0]);
    } catch (SQLException e) {
      throw new HistoryException(M.get("store.read", db.shown(), Sql.reason(e)), e);
    }
  }

  /**
   * Administrative or technical, by operator and glosa code: the classes recorded here ({@code history classify}) over
   * the TISS default by group. Read once; the function keeps working after the store is closed.
   */
  public java.util.function.BiFunction<String, String, GlosaGroup> glosaClasses() {
    try {
      GlosaClasses classes = GlosaClasses.load(c);
      return classes::of;
    } catch (SQLException e) {
      throw new HistoryException(M.get("store.read", db.shown(), Sql.reason(e)), e);
    }
  }

  /** The prazo (recurso days, answer days, where from) that applies to an operator. */
  int[] prazoOf(String operator) throws SQLException {
    for (String op : new String[] {operator, "*"}) {
      try (PreparedStatement p = c.prepareStatement("SELECT recurso_days, answer_days FROM prazo WHERE operator_ans = ?")) {
        p.setString(1, op);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) return new int[] {rs.getInt(1), rs.getInt(2), op.equals("*") ? 1 : 0};
        }
      }
    }
    return new int[] {DEFAULT_PRAZO_DAYS, DEFAULT_PRAZO_DAYS, 2};
  }

  /**
   * What must still be done, by when, as of {@code today}: per lote and demonstrativo, the glosas not appealed yet
   * (due the demonstrativo's date plus the recurso prazo); per recurso, the appealed items still without an answer
   * (due the recurso's date plus the answer prazo). Soonest first.
   */
  public List<Due> due(LocalDate today) {
    return due(today, java.util.Map.of());
  }

  /**
   * As above, with the prazos the operators' contracts state ({@code recurso in N days after demonstrativo}), by
   * operator (registro ANS). A prazo recorded for the operator with {@link #prazo} overrides its contract's; the
   * contract's overrides one recorded for every operator ('*') and the assumed 30 days.
   */
  public List<Due> due(LocalDate today, java.util.Map<String, convenio.model.RecursoPrazo> contracts) {
    List<Due> out = new ArrayList<>();
    try {
      java.util.Map<String, long[]> toAppeal = new java.util.TreeMap<>();
      java.util.Map<String, LocalDate> analysedOn = new java.util.HashMap<>();
      java.util.Map<String, long[]> toAnswer = new java.util.TreeMap<>();
      java.util.Map<String, LocalDate> appealedOn = new java.util.HashMap<>();
      for (Facts.Item i : Facts.load(c)) {
        for (Facts.Glosa g : i.glosas()) {
          String lk = i.operator() + "\u0001" + i.lote();
          if (g.appealedOn() == null) {
            toAppeal.computeIfAbsent(lk, k -> new long[1])[0] += g.amount();
            analysedOn.merge(lk, g.analysedOn(), (a, b) -> a.isBefore(b) ? a : b);
          } else if (g.answeredOn() == null) {
            String rk = lk + "\u0001" + g.appealedOn();
            toAnswer.computeIfAbsent(rk, k -> new long[1])[0] += g.appealed();
            appealedOn.put(rk, g.appealedOn());
          }
        }
      }
      for (var e : toAppeal.entrySet()) {
        String[] k = e.getKey().split("\u0001");
        int[] prazo = prazoOf(k[0], contracts);
        LocalDate since = analysedOn.get(e.getKey());
        LocalDate dueOn = since.plusDays(prazo[0]);
        out.add(new Due(Due.Kind.APPEAL, k[0], k[1], M.get("due.demonstrativo", since), Money.ofCents(e.getValue()[0]),
            since, prazo[0], source(prazo[2], contracts.get(k[0])), dueOn, ChronoUnit.DAYS.between(today, dueOn)));
      }
      for (var e : toAnswer.entrySet()) {
        String[] k = e.getKey().split("\u0001");
        int[] prazo = prazoOf(k[0], contracts);
        LocalDate since = appealedOn.get(e.getKey());
        LocalDate dueOn = since.plusDays(prazo[1]);
        out.add(new Due(Due.Kind.ANSWER, k[0], k[1], M.get("due.recurso", since), Money.ofCents(e.getValue()[0]), since,
            prazo[1], source(prazo[2], contracts.get(k[0])), dueOn, ChronoUnit.DAYS.between(today, dueOn)));
      }
    } catch (SQLException e) {
      throw new HistoryException(M.get("store.read", db.shown(), Sql.reason(e)), e);
    }
    out.sort(java.util.Comparator.comparing(Due::dueOn).thenComparing(Due::operator).thenComparing(Due::lote));
    return out;
  }

  /** The prazo for an operator: recorded for it, else its contract's clause (3), else recorded for '*', else 30. */
  private int[] prazoOf(String operator, java.util.Map<String, convenio.model.RecursoPrazo> contracts)
      throws SQLException {
    int[] recorded = prazoOf(operator);
    convenio.model.RecursoPrazo stated = contracts.get(operator);
    if (recorded[2] == 0 || stated == null) return recorded;
    return new int[] {stated.recursoDays(), stated.answerDays(), 3};
  }

  private static String source(int which, convenio.model.RecursoPrazo stated) {
    return switch (which) {
      case 0 -> M.get("prazo.contract");
      case 1 -> M.get("prazo.every");
      case 3 -> M.get("prazo.clause", stated.pos().file(), stated.pos().line());
      default -> M.get("prazo.assumed");
    };
  }

  /** For tests and tools in this package. */
  Connection connection() {
    return c;
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a connection that failed: nothing left to release
    }
  }
}
