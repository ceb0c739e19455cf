package convenio.history;

import static convenio.history.HistoryTexts.M;

import convenio.model.GlosaGroup;
import convenio.tiss.TissDomain;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Administrative or technical: the default by the code's group (TISS table 38 ranges; 10xx–17xx administrative,
 * 18xx–28xx technical, see the tiss module's glosa-classes.csv), overridden per operator (the contract with it) or for
 * every operator ('*'), by whole code or by two-digit group. The most specific override wins.
 */
final class GlosaClasses {
  private final Map<String, GlosaGroup> overrides = new HashMap<>();
  private final TissDomain domain = TissDomain.current();

  static GlosaClasses load(Connection c) throws SQLException {
    GlosaClasses g = new GlosaClasses();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT operator_ans, code_prefix, glosa_class FROM glosa_class")) {
      while (rs.next()) g.overrides.put(rs.getString(1) + "|" + rs.getString(2), GlosaGroup.valueOf(rs.getString(3)));
    }
    return g;
  }

  GlosaGroup of(String operator, String code) {
    String group = code != null && code.length() >= 2 ? code.substring(0, 2) : code;
    for (String k : new String[] {operator + "|" + code, operator + "|" + group, "*|" + code, "*|" + group}) {
      GlosaGroup g = overrides.get(k);
      if (g != null) return g;
    }
    return domain.glosaGroup(code);
  }

  String groupName(String code) {
    String name = domain.glosaGroupName(code);
    return name == null ? M.get("value.other.group") : name;
  }

  String description(String code) {
    return domain.glosa(code).map(g -> g.description()).orElse(null);
  }
}
