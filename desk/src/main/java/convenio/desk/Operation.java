package convenio.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operation of the glosa screen (Solus FAQ, "tela de glosa"), as data: what the HTTP API receives as JSON, what
 * a script line says, what the audit log keeps. A guide is its numeroGuiaPrestador, an item its sequencialItem, a
 * glosa its place in the item's list counted from 1 (the first is the principal). Codes are TISS table 38
 * (dm_tipoGlosa); a blank text means the code's standard text.
 *
 * <p>There is no "não gerar" (lower a value without a glosa record): the demonstrativo would not reconcile.
 */
public sealed interface Operation {
  /** The operation's name in JSON ({@code "op"}) and in the log. */
  String op();

  /** "Glosa tudo": the whole item, with one glosa replacing those it had. */
  record GlosaAll(String guide, int item, String code, String text) implements Operation {
    public String op() {
      return "glosa-all";
    }
  }

  /** N units, or R$ X, of what is still paid on an item. */
  record GlosaPart(String guide, int item, BigDecimal units, Money amount, String code, String text)
      implements Operation {
    public String op() {
      return "glosa";
    }
  }

  /** Changes a glosa's code, amount or text (null: unchanged). */
  record EditGlosa(String guide, int item, int glosa, String code, Money amount, String text) implements Operation {
    public String op() {
      return "edit-glosa";
    }
  }

  /** Removes every glosa of an item (glosa null), or excludes one. */
  record Revert(String guide, int item, Integer glosa) implements Operation {
    public String op() {
      return "revert";
    }
  }

  /** "Reverter pagando tabela": the contract's value is paid, the excess glosed 1705. */
  record RevertTable(String guide, int item) implements Operation {
    public String op() {
      return "revert-table";
    }
  }

  /** A percentage of what is paid on the selected items of some guides (none: every guide). */
  record GroupGlosa(List<String> guides, String select, Percent percent, String code, String text)
      implements Operation {
    public GroupGlosa {
      guides = guides == null ? List.of() : List.copyOf(guides);
    }

    public String op() {
      return "group-glosa";
    }
  }

  /** A daily rate or fee of N units split into {@code days} items on consecutive dates. */
  record Split(String guide, int item, int days) implements Operation {
    public String op() {
      return "split";
    }
  }

  /** Undoes the last operation not undone yet. */
  record Undo() implements Operation {
    public String op() {
      return "undo";
    }
  }

  // ---- JSON ----

  ObjectMapper MAPPER = new ObjectMapper();

  /** The operation as JSON, as the HTTP API takes it (without auditor and why). */
  default ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("op", op());
    if (this instanceof GlosaAll o) {
      n.put("guide", o.guide()).put("item", o.item()).put("code", o.code()).put("text", o.text());
    } else if (this instanceof GlosaPart o) {
      n.put("guide", o.guide()).put("item", o.item());
      if (o.units() != null) n.put("units", o.units());
      if (o.amount() != null) n.put("amount", o.amount().plain());
      n.put("code", o.code()).put("text", o.text());
    } else if (this instanceof EditGlosa o) {
      n.put("guide", o.guide()).put("item", o.item()).put("glosa", o.glosa());
      if (o.code() != null) n.put("code", o.code());
      if (o.amount() != null) n.put("amount", o.amount().plain());
      if (o.text() != null) n.put("text", o.text());
    } else if (this instanceof Revert o) {
      n.put("guide", o.guide()).put("item", o.item());
      if (o.glosa() != null) n.put("glosa", o.glosa());
    } else if (this instanceof RevertTable o) {
      n.put("guide", o.guide()).put("item", o.item());
    } else if (this instanceof GroupGlosa o) {
      ArrayNode g = n.putArray("guides");
      o.guides().forEach(g::add);
      n.put("select", o.select()).put("percent", o.percent().value().toPlainString()).put("code", o.code())
          .put("text", o.text());
    } else if (this instanceof Split o) {
      n.put("guide", o.guide()).put("item", o.item()).put("days", o.days());
    }
    return n;
  }

  /** An operation from the API's JSON; a missing or mistyped field is a {@code bad-operation} naming it. */
  static Operation fromJson(JsonNode n) {
    if (n == null || !n.isObject()) throw bad("op.json.object");
    String op = text(n, "op", true);
    return switch (op) {
      case "glosa-all" -> new GlosaAll(text(n, "guide", true), integer(n, "item", true), text(n, "code", true),
          text(n, "text", false));
      case "glosa" -> {
        BigDecimal units = n.hasNonNull("units") ? decimal(n, "units") : null;
        Money amount = n.hasNonNull("amount") ? money(n, "amount") : null;
        if ((units == null) == (amount == null)) throw bad("op.json.unitsOrAmount");
        yield new GlosaPart(text(n, "guide", true), integer(n, "item", true), units, amount, text(n, "code", true),
            text(n, "text", false));
      }
      case "edit-glosa" -> new EditGlosa(text(n, "guide", true), integer(n, "item", true), integer(n, "glosa", true),
          text(n, "code", false), n.hasNonNull("amount") ? money(n, "amount") : null, text(n, "text", false));
      case "revert" -> new Revert(text(n, "guide", true), integer(n, "item", true),
          n.hasNonNull("glosa") ? integer(n, "glosa", true) : null);
      case "revert-table" -> new RevertTable(text(n, "guide", true), integer(n, "item", true));
      case "group-glosa" -> {
        List<String> guides = new ArrayList<>();
        JsonNode g = n.get("guides");
        if (g != null && !g.isNull()) {
          if (!g.isArray()) throw bad("op.json.field", "guides", Texts.M.text("op.json.type.guides"));
          for (JsonNode x : g) {
            if (!x.isTextual()) throw bad("op.json.field", "guides", Texts.M.text("op.json.type.guides"));
            guides.add(x.asText());
          }
        }
        String select = text(n, "select", true);
        Selections.parse(select); // refused here, before anything is applied
        yield new GroupGlosa(guides, select, percent(n), text(n, "code", true), text(n, "text", false));
      }
      case "split" -> new Split(text(n, "guide", true), integer(n, "item", true), integer(n, "days", true));
      case "undo" -> new Undo();
      default -> throw bad("op.json.unknown", op);
    };
  }

  static Operation fromJson(String json) {
    try {
      return fromJson(MAPPER.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw bad("op.json.notJson", e.getOriginalMessage());
    }
  }

  private static DeskException bad(String key, Object... args) {
    return DeskException.of("bad-operation", null, null, key, args);
  }

  private static String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) throw bad("op.json.missing", field);
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) throw bad("op.json.field", field, Texts.M.text("op.json.type.string"));
    String s = v.asText();
    if (required && s.isBlank()) throw bad("op.json.missing", field);
    return s;
  }

  private static int integer(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) throw bad("op.json.missing", field);
    if (v.isIntegralNumber() && v.canConvertToInt()) return v.asInt();
    if (v.isTextual() && v.asText().strip().matches("-?\\d{1,9}")) return Integer.parseInt(v.asText().strip());
    throw bad("op.json.field", field, Texts.M.text("op.json.type.integer"));
  }

  private static BigDecimal decimal(JsonNode n, String field) {
    JsonNode v = n.get(field);
    try {
      if (v.isNumber()) return v.decimalValue();
      if (v.isTextual()) return new BigDecimal(v.asText().strip());
    } catch (NumberFormatException e) {
      // below
    }
    throw bad("op.json.field", field, Texts.M.text("op.json.type.number"));
  }

  private static Money money(JsonNode n, String field) {
    JsonNode v = n.get(field);
    String s = v.isNumber() ? v.decimalValue().toPlainString() : v.asText().strip();
    if (!s.matches("-?\\d+(\\.\\d{1,2})?")) throw bad("op.json.field", field, Texts.M.text("op.json.type.amount"));
    return Money.of(s);
  }

  private static Percent percent(JsonNode n) {
    JsonNode v = n.get("percent");
    if (v == null || v.isNull()) throw bad("op.json.missing", "percent");
    String s = (v.isNumber() ? v.decimalValue().toPlainString() : v.asText()).strip();
    if (s.endsWith("%")) s = s.substring(0, s.length() - 1).strip();
    if (!s.matches("-?\\d+(\\.\\d+)?")) throw bad("op.json.field", "percent", Texts.M.text("op.json.type.percent"));
    return new Percent(new BigDecimal(s));
  }

  // ---- script ----

  /** The operation as a line of an audit script ({@code glosa all RI-1001 3 2014 "…"}), parsed back the same. */
  default String toScript() {
    if (this instanceof GlosaAll o) {
      return "glosa all " + o.guide() + " " + o.item() + " " + o.code() + quoted(o.text());
    } else if (this instanceof GlosaPart o) {
      return "glosa " + o.guide() + " " + o.item() + (o.units() != null
          ? " units " + o.units().toPlainString() : " amount " + o.amount().plain()) + " " + o.code() + quoted(o.text());
    } else if (this instanceof EditGlosa o) {
      return "edit " + o.guide() + " " + o.item() + " glosa " + o.glosa()
          + (o.code() != null ? " code " + o.code() : "") + (o.amount() != null ? " amount " + o.amount().plain() : "")
          + (o.text() != null ? " text" + quoted(o.text()) : "");
    } else if (this instanceof Revert o) {
      return "revert " + o.guide() + " " + o.item() + (o.glosa() != null ? " glosa " + o.glosa() : "");
    } else if (this instanceof RevertTable o) {
      return "revert table " + o.guide() + " " + o.item();
    } else if (this instanceof GroupGlosa o) {
      return "group glosa " + o.percent().value().toPlainString() + "% " + o.select()
          + (o.guides().isEmpty() ? "" : " in " + String.join(",", o.guides())) + " " + o.code() + quoted(o.text());
    } else if (this instanceof Split o) {
      return "split " + o.guide() + " " + o.item() + " " + o.days();
    }
    return "undo";
  }

  private static String quoted(String text) {
    if (text == null || text.isEmpty()) return "";
    return " \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Lower-case name, for messages. */
  default String name() {
    return op().toLowerCase(Locale.ROOT);
  }
}
