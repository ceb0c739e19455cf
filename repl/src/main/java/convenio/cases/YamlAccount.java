package convenio.cases;

import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import convenio.model.TeamMember;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The YAML/JSON form of an account (the model's Account → guides → items, keys in snake_case or camelCase, values in
 * the language's notation: {@code unit_value: R$ 1.234,56}, {@code date: 2025-03-10}). Reads with lines so every
 * mistake is reported where it is; unknown keys are errors, so a typo never silently drops a value.
 *
 * <p>A stop-gap until the tiss module's own YAML account reader exists; then callers switch to it.
 */
public final class YamlAccount {
  private YamlAccount() {}

  /** The account, or null; {@code problems} each "file:line: message". {@code firstLine} offsets inline text. */
  public record Read(Account account, List<String> problems) {}

  private static final Set<String> ACCOUNT = keys("lote_number", "lote", "tiss_version", "operator_ans", "provider",
      "sent_on", "guides");
  private static final Set<String> PROVIDER = keys("code_at_operator", "code", "cnpj", "cpf", "name", "cnes");
  private static final Set<String> GUIDE = keys("number", "operator_number", "main_guide_number", "type",
      "beneficiary", "executor", "character", "accommodation", "billing_type", "discharge_reason",
      "authorization_number", "authorization_date", "start_date", "start_time", "end_date", "end_time",
      "presented_total", "items");
  private static final Set<String> BENEFICIARY = keys("card_number", "name", "congenere", "newborn");
  private static final Set<String> ITEM = keys("seq", "kind", "table", "code", "description", "quantity", "unit",
      "date", "start_time", "end_time", "route", "technique", "factor", "unit_value", "total_value", "degree", "team");
  private static final Set<String> TEAM = keys("degree", "name", "code", "council", "council_number", "state");

  private static Set<String> keys(String... k) {
    return new LinkedHashSet<>(List.of(k));
  }

  public static Read parse(String text, Path file, int firstLine) {
    Reader r = new Reader(file, firstLine - 1);
    Node root;
    try {
      LoaderOptions o = new LoaderOptions();
      o.setAllowDuplicateKeys(false);
      root = new Yaml(o).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + firstLine;
      return new Read(null, List.of(file + ":" + line + ": not valid YAML: " + e.getProblem()));
    } catch (YAMLException e) {
      return new Read(null, List.of(file + ": not valid YAML: " + e.getMessage()));
    }
    if (root == null) return new Read(null, List.of(file + ": the account is empty"));
    Account a = r.account(root);
    return new Read(r.problems.isEmpty() ? a : null, r.problems);
  }

  /** Reading with problems collected; keys are compared without underscores and case, so both spellings work. */
  private static final class Reader {
    final YamlReading in;
    final List<String> problems = new ArrayList<>();
    final int offset;
    final Path file;

    Reader(Path file, int offset) {
      this.file = file;
      this.offset = offset;
      this.in = new YamlReading(file);
    }

    private Map<String, Node> map(Node n, String what, Set<String> allowed) {
      Map<String, String> canon = new LinkedHashMap<>();
      for (String k : allowed) canon.put(norm(k), k);
      Map<String, Node> raw = in.mapping(n, what, allowedRaw(n, canon));
      flush();
      if (raw == null) return null;
      Map<String, Node> out = new LinkedHashMap<>();
      for (var e : raw.entrySet()) out.put(canon.get(norm(e.getKey())), e.getValue());
      return out;
    }

    /** The keys as written that normalize to an allowed key, so YamlReading reports only true unknowns. */
    private static Set<String> allowedRaw(Node n, Map<String, String> canon) {
      Set<String> ok = new LinkedHashSet<>(canon.values());
      if (n instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
        for (var t : m.getValue()) {
          if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && canon.containsKey(norm(k.getValue()))) {
            ok.add(k.getValue());
          }
        }
      }
      return ok;
    }

    private static String norm(String k) {
      return k.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** Moves YamlReading's problems here, with lines shifted to the enclosing file. */
    private void flush() {
      for (CaseProblem p : in.problems()) {
        problems.add(file + ":" + (p.line() + offset) + ": " + p.message());
      }
      in.problems().clear();
    }

    private void problem(Node at, String message) {
      problems.add(file + ":" + (YamlReading.line(at) + offset) + ": " + message);
    }

    private String text(Map<String, Node> m, String key) {
      if (!m.containsKey(key)) return null;
      String s = in.text(m.get(key), key);
      flush();
      return s;
    }

    private Money money(Map<String, Node> m, String key) {
      if (!m.containsKey(key)) return null;
      Money v = in.money(m.get(key), key);
      flush();
      return v;
    }

    private BigDecimal number(Map<String, Node> m, String key) {
      if (!m.containsKey(key)) return null;
      BigDecimal v = in.number(m.get(key), key);
      flush();
      return v;
    }

    private LocalDate date(Map<String, Node> m, String key) {
      String s = text(m, key);
      if (s == null) return null;
      try {
        return s.contains("/") ? LocalDate.parse(s, DateTimeFormatter.ofPattern("dd/MM/yyyy")) : LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        problem(m.get(key), key + ": '" + s + "' is not a date (write e.g. 2025-01-31)");
        return null;
      }
    }

    private LocalTime time(Map<String, Node> m, String key) {
      String s = text(m, key);
      if (s == null) return null;
      try {
        return LocalTime.parse(s.length() == 4 ? "0" + s : s);
      } catch (DateTimeParseException e) {
        problem(m.get(key), key + ": '" + s + "' is not a time (write e.g. 07:30)");
        return null;
      }
    }

    private List<Node> list(Map<String, Node> m, String key) {
      if (!m.containsKey(key)) return List.of();
      List<Node> l = in.sequence(m.get(key), key);
      flush();
      return l == null ? List.of() : l;
    }

    Account account(Node root) {
      Map<String, Node> m = map(root, "the account", ACCOUNT);
      if (m == null) return null;
      String lote = text(m, "lote_number");
      if (lote == null) lote = text(m, "lote");
      List<Guide> guides = new ArrayList<>();
      for (Node g : list(m, "guides")) {
        Guide guide = guide(g);
        if (guide != null) guides.add(guide);
      }
      if (!m.containsKey("guides")) problem(root, "the account has no 'guides:'");
      return new Account(lote, text(m, "tiss_version"), text(m, "operator_ans"),
          m.containsKey("provider") ? provider(m.get("provider")) : null, date(m, "sent_on"), guides);
    }

    Provider provider(Node n) {
      Map<String, Node> m = map(n, "provider", PROVIDER);
      if (m == null) return null;
      String code = text(m, "code_at_operator");
      if (code == null) code = text(m, "code");
      return new Provider(code, text(m, "cnpj"), text(m, "cpf"), text(m, "name"), text(m, "cnes"));
    }

    Guide guide(Node n) {
      Map<String, Node> m = map(n, "a guide", GUIDE);
      if (m == null) return null;
      String number = text(m, "number");
      if (number == null && !m.containsKey("number")) problem(n, "a guide without 'number:'");
      GuideType type = null;
      String t = text(m, "type");
      if (t != null) {
        try {
          type = GuideType.valueOf(t.toUpperCase(Locale.ROOT).replace('-', '_').replace("/", "_"));
        } catch (IllegalArgumentException e) {
          problem(m.get("type"), "type: '" + t + "' is not a guide type (consulta, sp_sadt, resumo_internacao,"
              + " honorarios)");
        }
      } else {
        problem(n, "guide " + number + " has no 'type:' (consulta, sp_sadt, resumo_internacao, honorarios)");
      }
      Beneficiary beneficiary = null;
      if (m.containsKey("beneficiary")) {
        Map<String, Node> b = map(m.get("beneficiary"), "beneficiary", BENEFICIARY);
        if (b != null) {
          beneficiary = new Beneficiary(text(b, "card_number"), text(b, "name"), text(b, "congenere"),
              "true".equalsIgnoreCase(text(b, "newborn")));
        }
      }
      List<Item> items = new ArrayList<>();
      int index = 0;
      for (Node i : list(m, "items")) {
        Item item = item(i, ++index);
        if (item != null) items.add(item);
      }
      return new Guide(number, text(m, "operator_number"), text(m, "main_guide_number"), type, beneficiary,
          m.containsKey("executor") ? provider(m.get("executor")) : null, text(m, "character"),
          text(m, "accommodation"), text(m, "billing_type"), text(m, "discharge_reason"),
          text(m, "authorization_number"), date(m, "authorization_date"), date(m, "start_date"),
          time(m, "start_time"), date(m, "end_date"), time(m, "end_time"), money(m, "presented_total"), items);
    }

    Item item(Node n, int index) {
      Map<String, Node> m = map(n, "an item", ITEM);
      if (m == null) return null;
      int before = problems.size();
      String seqText = text(m, "seq");
      int seq = index;
      if (seqText != null) {
        try {
          seq = Integer.parseInt(seqText);
        } catch (NumberFormatException e) {
          problem(m.get("seq"), "seq: '" + seqText + "' is not a whole number");
        }
      }
      ItemKind kind = ItemKind.PROCEDURE;
      String k = text(m, "kind");
      if (k != null) {
        kind = ItemKind.fromLanguageName(k.toLowerCase(Locale.ROOT));
        if (kind == null) {
          try {
            kind = ItemKind.valueOf(k.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            problem(m.get("kind"), "kind: '" + k + "' is not an item kind (procedure, material, medication, gas,"
                + " daily_rate, fee, opme)");
          }
        }
      }
      String code = text(m, "code");
      if (code == null && !m.containsKey("code")) problem(n, "an item without 'code:'");
      BigDecimal qty = number(m, "quantity");
      if (qty == null) qty = BigDecimal.ONE;
      Money unit = money(m, "unit_value");
      Money total = money(m, "total_value");
      if (unit == null && total == null) {
        problem(n, "item " + seq + " has neither 'unit_value:' nor 'total_value:'");
      } else if (total == null) {
        total = unit.times(qty, RoundingMode.HALF_UP);
      } else if (unit == null && qty.signum() != 0) {
        unit = Money.of(total.toBigDecimal().divide(qty, 2, RoundingMode.HALF_UP));
      }
      List<TeamMember> team = new ArrayList<>();
      for (Node tn : list(m, "team")) {
        Map<String, Node> tm = map(tn, "a team member", TEAM);
        if (tm != null) {
          team.add(new TeamMember(text(tm, "degree"), text(tm, "name"), text(tm, "code"), text(tm, "council"),
              text(tm, "council_number"), text(tm, "state")));
        }
      }
      if (problems.size() > before) return null;
      return new Item(seq, kind, text(m, "table"), code, text(m, "description"), qty, text(m, "unit"),
          date(m, "date"), time(m, "start_time"), time(m, "end_time"), text(m, "route"), text(m, "technique"),
          number(m, "factor"), unit, total, text(m, "degree"), team);
    }
  }
}
