package convenio.history;

import java.sql.SQLException;

/** Small JDBC helpers. */
final class Sql {
  private Sql() {}

  /** The first line of a driver's message, without the driver's own codes appended. */
  static String reason(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    if (nl > 0) m = m.substring(0, nl);
    int h2 = m.indexOf("; SQL statement:");
    return h2 > 0 ? m.substring(0, h2) : m;
  }
}
