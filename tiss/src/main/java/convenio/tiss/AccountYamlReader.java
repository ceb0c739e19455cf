package convenio.tiss;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import convenio.model.TeamMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the account form of docs/account-format.md from a node tree, so that every mistake is reported at its line
 * and one pass reports them all. Keys are the model's record components in camelCase or snake_case (compared
 * without underscores and case); values are read exactly (money never through a double).
 */
final class AccountYamlReader {
  private static final Fields ACCOUNT = new Fields("what.account", "loteNumber", "tissVersion", "operatorAns",
      "provider", "sentOn", "guides").alias("lote", "loteNumber");
  private static final Fields PROVIDER = new Fields("what.provider", "codeAtOperator", "cnpj", "cpf", "name", "cnes")
      .alias("code", "codeAtOperator");
  private static final Fields GUIDE = new Fields("what.guide", "number", "operatorNumber", "mainGuideNumber", "type",
      "beneficiary", "executor", "character", "accommodation", "billingType", "dischargeReason",
      "authorizationNumber", "authorizationDate", "startDate", "startTime", "endDate", "endTime", "presentedTotal",
      "items");
  private static final Fields BENEFICIARY = new Fields("what.beneficiary", "cardNumber", "name", "congenere",
      "newborn");
  private static final Fields ITEM = new Fields("what.item", "seq", "kind", "table", "code", "description", "quantity",
      "unit", "date", "startTime", "endTime", "route", "technique", "factor", "unitValue", "totalValue", "degree",
      "team", "authorizedQuantity");
  private static final Fields TEAM = new Fields("what.team", "degree", "name", "code", "council",
      "councilNumber", "state");

  private final Path file;
  private final int offset;
  private final List<String> problems = new ArrayList<>();
  private final YamlNodes in = new YamlNodes(this::problem);

  private AccountYamlReader(Path file, int firstLine) {
    this.file = file;
    this.offset = firstLine - 1;
  }

  /** YAML or JSON text; {@code file} (may be null) and {@code firstLine} place the problems in the enclosing file. */
  static AccountYaml.Read read(String text, boolean json, Path file, int firstLine) {
    AccountYamlReader r = new AccountYamlReader(file, firstLine);
    Node root;
    try {
      root = json ? JsonNodes.compose(text) : YamlNodes.compose(text);
    } catch (MarkedYAMLException e) {
      r.problem(e.getProblemMark(), TissTexts.M.get("account.yaml.invalid", e.getProblem()));
      return r.result(null);
    } catch (YAMLException e) {
      r.problem((Mark) null, TissTexts.M.get("account.yaml.invalid", e.getMessage()));
      return r.result(null);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      r.problem(l == null ? null : JsonNodes.mark(l), TissTexts.M.get("account.json.invalid", e.getOriginalMessage()));
      return r.result(null);
    }
    if (root == null) {
      r.problem((Mark) null, TissTexts.M.get("account.empty"));
      return r.result(null);
    }
    return r.result(r.account(root));
  }

  private AccountYaml.Read result(Account a) {
    return new AccountYaml.Read(problems.isEmpty() ? a : null, List.copyOf(problems));
  }

  private void problem(Node at, String message) {
    problem(at == null ? null : at.getStartMark(), message);
  }

  /** "file:line:column: message", the line counted in the enclosing file. */
  private void problem(Mark at, String message) {
    String where = file == null ? "" : file + ":";
    if (at != null) where += (at.getLine() + 1 + offset) + ":" + (at.getColumn() + 1) + ":";
    problems.add(where + (where.isEmpty() ? "" : " ") + message);
  }

  /** The keys of one record of the model, in camelCase; written keys may also be snake_case, in any case. */
  private static final class Fields implements YamlNodes.Keys {
    final String what;
    final Map<String, String> byNorm = new LinkedHashMap<>();
    final List<String> camel;
    final List<String> snake = new ArrayList<>();

    Fields(String what, String... keys) {
      this.what = what;
      this.camel = List.of(keys);
      for (String k : keys) {
        byNorm.put(norm(k), k);
        snake.add(k.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
      }
    }

    Fields alias(String alias, String key) {
      byNorm.put(norm(alias), key);
      return this;
    }

    private static String norm(String k) {
      return k.replace("_", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String canonical(String written) {
      return byNorm.get(norm(written));
    }

    @Override
    public Collection<String> known(String written) {
      return written.contains("_") ? snake : camel;
    }
  }

  /** A mapping's values by their camelCase key, with the mapping's place in the account for messages. */
  private final class Entries {
    final Map<String, Node> m;
    final String path;

    Entries(Map<String, Node> m, String path) {
      this.m = m;
      this.path = path;
    }

    boolean has(String key) {
      return m.containsKey(key);
    }

    Node node(String key) {
      return m.get(key);
    }

    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of {@code key} read by {@code how} (one of {@link YamlNodes}'s readers), or null when left out. */
    <T> T read(String key, BiFunction<Node, String, T> how) {
      return has(key) ? how.apply(m.get(key), at(key)) : null;
    }

    String text(String key) {
      return read(key, in::text);
    }

    List<Node> list(String key) {
      List<Node> l = read(key, in::sequence);
      return l == null ? List.of() : l;
    }
  }

  private Entries map(Node n, Fields fields, String path) {
    String what = TissTexts.M.get(fields.what);
    Map<String, Node> m = in.mapping(n, path.isEmpty() ? what : what + " (" + path + ")", fields);
    return m == null ? null : new Entries(m, path);
  }

  private Account account(Node root) {
    Entries m = map(root, ACCOUNT, "");
    if (m == null) return null;
    if (!m.has("guides")) problem(root, TissTexts.M.get("account.no.guides"));
    List<Guide> guides = new ArrayList<>();
    List<Node> list = m.list("guides");
    for (int i = 0; i < list.size(); i++) {
      Guide guide = guide(list.get(i), "guides[" + i + "]");
      if (guide != null) guides.add(guide);
    }
    return new Account(m.text("loteNumber"), m.text("tissVersion"), m.text("operatorAns"),
        m.has("provider") ? provider(m.node("provider"), "provider") : null, m.read("sentOn", in::date), guides);
  }

  private Provider provider(Node n, String path) {
    Entries m = map(n, PROVIDER, path);
    if (m == null) return null;
    return new Provider(m.text("codeAtOperator"), m.text("cnpj"), m.text("cpf"), m.text("name"), m.text("cnes"));
  }

  private Guide guide(Node n, String path) {
    Entries m = map(n, GUIDE, path);
    if (m == null) return null;
    String number = m.text("number");
    if (!m.has("number")) problem(n, TissTexts.M.get("guide.no.number", path));
    GuideType type = null;
    String t = m.text("type");
    if (t != null) {
      try {
        type = GuideType.valueOf(t.toUpperCase(Locale.ROOT).replace('-', '_').replace("/", "_"));
      } catch (IllegalArgumentException e) {
        problem(m.node("type"), TissTexts.M.get("guide.bad.type", m.at("type"), t));
      }
    } else if (!m.has("type")) {
      problem(n, TissTexts.M.get("guide.no.type", path, number));
    }
    Beneficiary beneficiary = null;
    if (m.has("beneficiary")) {
      Entries b = map(m.node("beneficiary"), BENEFICIARY, m.at("beneficiary"));
      if (b != null) {
        Boolean newborn = b.read("newborn", in::bool);
        beneficiary = new Beneficiary(b.text("cardNumber"), b.text("name"), b.text("congenere"),
            Boolean.TRUE.equals(newborn));
      }
    }
    List<Item> items = new ArrayList<>();
    List<Node> list = m.list("items");
    // As in TISS, procedures and other expenses are numbered each in their own list.
    java.util.Set<Integer> seqs = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Item item = item(list.get(i), i + 1, m.at("items") + "[" + i + "]");
      if (item != null && !seqs.add(item.seq() * 2 + (item.kind() == ItemKind.PROCEDURE ? 0 : 1))) {
        // TISS's sequencialItem identifies the item in the demonstrativo and in a recurso: two items cannot share one.
        problem(list.get(i), TissTexts.M.get("item.seq.twice", m.at("items") + "[" + i + "]", item.seq(), number));
      } else if (item != null) {
        items.add(item);
      }
    }
    return new Guide(number, m.text("operatorNumber"), m.text("mainGuideNumber"), type, beneficiary,
        m.has("executor") ? provider(m.node("executor"), m.at("executor")) : null, m.text("character"),
        m.text("accommodation"), m.text("billingType"), m.text("dischargeReason"), m.text("authorizationNumber"),
        m.read("authorizationDate", in::date), m.read("startDate", in::date), m.read("startTime", in::time),
        m.read("endDate", in::date), m.read("endTime", in::time),
        m.read("presentedTotal", in::money), items);
  }

  /**
   * An item; filled in when left out: {@code seq} is the position, {@code kind} procedure, {@code quantity} 1,
   * {@code totalValue} unitValue × quantity (rounded half up, as {@link Item#of} does) and {@code unitValue}
   * totalValue ÷ quantity.
   */
  private Item item(Node n, int position, String path) {
    Entries m = map(n, ITEM, path);
    if (m == null) return null;
    int before = problems.size();
    Integer seq = m.read("seq", in::integer);
    ItemKind kind = ItemKind.PROCEDURE;
    String k = m.text("kind");
    if (k != null) {
      kind = ItemKind.fromLanguageName(k.toLowerCase(Locale.ROOT));
      if (kind == null) {
        try {
          kind = ItemKind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problem(m.node("kind"), TissTexts.M.get("item.bad.kind", m.at("kind"), k));
        }
      }
    }
    String code = m.text("code");
    if (!m.has("code")) problem(n, TissTexts.M.get("item.no.code", path));
    BigDecimal qty = m.read("quantity", in::number);
    if (qty != null && kind != null) {
      String wrong = ItemValues.quantity(qty, kind);
      if (wrong != null) problem(m.node("quantity"), m.at("quantity") + ": " + wrong);
    }
    if (qty == null) qty = BigDecimal.ONE;
    BigDecimal authorized = m.read("authorizedQuantity", in::number);
    if (authorized != null && kind != null) {
      // 0 is a real answer (nothing authorized); what is above it is glosed, so only a negative one is a mistake
      String wrong = authorized.signum() < 0 ? TissTexts.M.get("item.authorized.negative", authorized.toPlainString())
          : authorized.signum() == 0 ? null : ItemValues.quantity(authorized, kind);
      if (wrong != null) problem(m.node("authorizedQuantity"), m.at("authorizedQuantity") + ": " + wrong);
    }
    Money unit = itemValue(m, "unitValue");
    Money total = itemValue(m, "totalValue");
    BigDecimal factor = m.read("factor", in::number);
    if (problems.size() == before && m.has("unitValue") && m.has("totalValue")) {
      String wrong = ItemValues.total(unit, qty, factor, total);
      if (wrong != null) problem(m.node("totalValue"), m.at("totalValue") + ": " + wrong);
    }
    if (problems.size() > before) return null;
    if (unit == null && total == null) {
      if (!m.has("unitValue") && !m.has("totalValue")) {
        problem(n, TissTexts.M.get("item.no.value", path));
      }
    } else if (total == null) {
      total = unit.times(qty, RoundingMode.HALF_UP);
    } else if (unit == null && qty.signum() != 0) {
      unit = Money.of(total.toBigDecimal().divide(qty, 2, RoundingMode.HALF_UP));
    }
    List<TeamMember> team = new ArrayList<>();
    List<Node> list = m.list("team");
    for (int i = 0; i < list.size(); i++) {
      Entries t = map(list.get(i), TEAM, m.at("team") + "[" + i + "]");
      if (t != null) {
        team.add(new TeamMember(t.text("degree"), t.text("name"), t.text("code"), t.text("council"),
            t.text("councilNumber"), t.text("state")));
      }
    }
    if (problems.size() > before) return null;
    return new Item(seq == null ? position : seq, kind, m.text("table"), code, m.text("description"), qty,
        m.text("unit"), m.read("date", in::date), m.read("startTime", in::time), m.read("endTime", in::time),
        m.text("route"), m.text("technique"),
        factor, unit, total, m.text("degree"), team, authorized);
  }

  /** An item's value: money, not negative, no larger than TISS holds. */
  private Money itemValue(Entries m, String key) {
    Money v = m.read(key, in::money);
    if (v == null) return null;
    String wrong = ItemValues.value(v.toBigDecimal(), key);
    if (wrong != null) {
      problem(m.node(key), m.at(key) + ": " + wrong);
      return null;
    }
    return v;
  }

  /** JSON read by Jackson (YAML readers refuse JSON's tabs) into the same node tree, with places. */
  private static final class JsonNodes {
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static Node compose(String text) throws JsonProcessingException {
      try (JsonParser p = FACTORY.createParser(text)) {
        if (p.nextToken() == null) return null;
        Node root = node(p);
        if (p.nextToken() != null) throw new JsonParseException(p, TissTexts.M.get("account.trailing.text"));
        return root;
      } catch (JsonProcessingException e) {
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Node node(JsonParser p) throws IOException {
      Mark start = mark(p.currentTokenLocation());
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        List<NodeTuple> entries = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          Node key = new ScalarNode(Tag.STR, p.currentName(), mark(p.currentTokenLocation()), null,
              DumperOptions.ScalarStyle.DOUBLE_QUOTED);
          p.nextToken();
          entries.add(new NodeTuple(key, node(p)));
        }
        return new MappingNode(Tag.MAP, true, entries, start, mark(p.currentTokenLocation()),
            DumperOptions.FlowStyle.FLOW);
      }
      if (t == JsonToken.START_ARRAY) {
        List<Node> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) elements.add(node(p));
        return new SequenceNode(Tag.SEQ, true, elements, start, mark(p.currentTokenLocation()),
            DumperOptions.FlowStyle.FLOW);
      }
      boolean none = t == JsonToken.VALUE_NULL;
      return new ScalarNode(none ? Tag.NULL : Tag.STR, p.getText(), start, start, DumperOptions.ScalarStyle.PLAIN);
    }

    static Mark mark(JsonLocation l) {
      return new Mark("json", (int) Math.max(0, l.getCharOffset()), Math.max(0, l.getLineNr() - 1),
          Math.max(0, l.getColumnNr() - 1), new int[0], 0);
    }
  }
}
