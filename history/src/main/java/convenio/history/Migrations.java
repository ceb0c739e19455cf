package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Versioned migrations: {@code migration/V<n>__<what>.sql} scripts, listed in {@code migration/index.txt}, applied in
 * order, each once, each in its own transaction, recorded in {@code schema_history} with the SHA-256 of its text. A
 * script changed after it was applied, or a store written by a newer Convenio, is refused with a message rather than
 * migrated blindly.
 *
 * <p>Why not Flyway: the store has a handful of plain SQL scripts on two databases; Flyway 10 splits PostgreSQL
 * support into a second artifact and brings its own configuration and logging, where these sixty lines do the same
 * thing (ordered, checksummed, transactional) with nothing to configure.
 */
final class Migrations {
  private Migrations() {}

  record Script(int version, String name, String sql, String checksum) {}

  static List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    for (String name : resource("index.txt").split("\\R")) {
      name = name.strip();
      if (name.isEmpty() || name.startsWith("#")) continue;
      if (!name.matches("V\\d+__\\w+\\.sql")) throw new IllegalStateException("bad migration name " + name);
      String sql = resource(name);
      int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
      if (version != out.size() + 1) throw new IllegalStateException("migration " + name + " out of sequence");
      out.add(new Script(version, name, sql, sha256(sql)));
    }
    return out;
  }

  /** Brings the store to the newest schema; returns the version it is at. */
  static int apply(Connection c) throws SQLException {
    List<Script> scripts = scripts();
    boolean auto = c.getAutoCommit();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_history (version INT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
          + " checksum CHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    Map<Integer, String> applied = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_history ORDER BY version")) {
      while (rs.next()) applied.put(rs.getInt(1), rs.getString(2));
    }
    for (Map.Entry<Integer, String> a : applied.entrySet()) {
      if (a.getKey() > scripts.size()) {
        throw new HistoryException(M.get("store.newer", a.getKey(), scripts.size()));
      }
      Script known = scripts.get(a.getKey() - 1);
      if (!known.checksum().equals(a.getValue().strip())) {
        throw new HistoryException(M.get("store.migration.changed", known.name()));
      }
    }
    c.setAutoCommit(false);
    try {
      for (Script script : scripts) {
        if (applied.containsKey(script.version())) continue;
        try (Statement s = c.createStatement()) {
          for (String statement : statements(script.sql())) s.execute(statement);
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_history (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
          p.setInt(1, script.version());
          p.setString(2, script.name());
          p.setString(3, script.checksum());
          p.setTimestamp(4, Timestamp.from(Instant.now()));
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return scripts.size();
  }

  /** The statements of a script: comments dropped, split at a semicolon that ends a line. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\\R")) {
      int comment = line.indexOf("--");
      if (comment >= 0) line = line.substring(0, comment);
      line = line.stripTrailing();
      if (line.isBlank()) continue;
      if (line.endsWith(";")) {
        cur.append(line, 0, line.length() - 1);
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(line).append('\n');
      }
    }
    if (!cur.toString().isBlank()) out.add(cur.toString().strip());
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migration/" + name)) {
      if (in == null) throw new IllegalStateException("missing migration resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
