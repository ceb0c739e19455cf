package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the history lives, from what a user types after {@code --db}: nothing (an H2 file under the user's folder),
 * a file name (an H2 file there), {@code postgresql://user:password@host:port/database} (a team's PostgreSQL), or a
 * full {@code jdbc:} URL. H2 runs in its PostgreSQL compatibility mode so that the migrations and the queries are the
 * same SQL on both.
 */
public record Database(String url, Properties properties, String shown) {
  /** The H2 settings that make it read and write like PostgreSQL for this project's SQL. */
  private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  /** ~/.convenio/history.mv.db */
  public static Path defaultFile() {
    return Path.of(System.getProperty("user.home"), ".convenio", "history");
  }

  public static Database of(String db) {
    if (db == null || db.isBlank()) return h2(defaultFile());
    if (db.startsWith("jdbc:")) return new Database(db, new Properties(), db.replaceAll("password=[^&;]*", "password=…"));
    if (db.startsWith("postgresql://") || db.startsWith("postgres://")) return postgres(db);
    return h2(Path.of(db));
  }

  /** An H2 database in one file; {@code name.mv.db} and {@code name} name the same database. */
  public static Database h2(Path file) {
    String name = file.toAbsolutePath().normalize().toString();
    if (name.endsWith(".mv.db")) name = name.substring(0, name.length() - ".mv.db".length());
    return new Database("jdbc:h2:file:" + name + H2_MODE, new Properties(), name + ".mv.db");
  }

  private static Database postgres(String db) {
    URI u;
    try {
      u = new URI(db);
    } catch (URISyntaxException e) {
      throw new HistoryException(M.get("db.not.postgres", db, e.getReason()));
    }
    if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
      throw new HistoryException(M.get("db.no.host", db));
    }
    Properties p = new Properties();
    if (u.getRawUserInfo() != null) {
      String[] up = u.getRawUserInfo().split(":", 2);
      p.setProperty("user", URLDecoder.decode(up[0], StandardCharsets.UTF_8));
      if (up.length > 1) p.setProperty("password", URLDecoder.decode(up[1], StandardCharsets.UTF_8));
    }
    String url = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath()
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    String shown = "postgresql://" + (p.containsKey("user") ? p.getProperty("user") + "@" : "") + u.getHost()
        + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath();
    return new Database(url, p, shown);
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  public Connection connect() {
    try {
      if (isH2()) {
        String file = url.substring("jdbc:h2:file:".length(), url.indexOf(';'));
        Path parent = Path.of(file).getParent();
        if (parent != null) Files.createDirectories(parent);
      }
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw new HistoryException(M.get("store.open", shown, Sql.reason(e)), e);
    } catch (java.io.IOException e) {
      throw new HistoryException(M.get("store.folder", shown, e.getMessage()), e);
    }
  }
}
