package convenio.desk;

import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The auditor's operations as lines of text, for the REPL and for {@code convenio audit}'s scripts:
 * <pre>
 * glosa all RI-1001 3 2014 "Material não utilizado"
 * glosa RI-1001 8 units 1 1705 "uma diária a maior"
 * glosa RI-1001 11 amount 3.00 2014
 * edit RI-1001 6 glosa 1 amount 50.00 text "acordo com o prestador"
 * revert RI-1001 9 glosa 1
 * revert RI-1001 15
 * revert table RI-1001 9
 * group glosa 10% matmed in RI-1001,RI-1002 2014 "auditoria de mat/med"
 * split RI-1001 8 2
 * undo
 * </pre>
 * Words are separated by spaces; a text is in double quotes ({@code \"} for a quote inside). {@code #} starts a
 * comment line. An error names the line and column of the word that is wrong.
 */
public final class OperationScript {
  /** The first words of every command, for completion. */
  public static final List<String> COMMANDS = List.of("glosa all", "glosa", "edit", "revert table", "revert",
      "group glosa", "split", "undo");

  private OperationScript() {}

  /** One parsed line: the operation and its line number (from 1). */
  public record Line(int number, Operation operation) {}

  /** Every operation of a script; the first mistake is a {@code bad-operation} naming {@code file:line:column}. */
  public static List<Line> parse(String file, String text) {
    List<Line> out = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      try {
        out.add(new Line(i + 1, parseLine(lines[i])));
      } catch (DeskException e) {
        throw new DeskException(e.code(), file + ":" + (i + 1) + ":" + e.getMessage(), e.guide(), e.item(),
            e.suggestions());
      }
    }
    return out;
  }

  /** One operation; errors are {@code column: message}. */
  public static Operation parseLine(String line) {
    Words w = new Words(tokens(line));
    String first = w.word("command");
    switch (first) {
      case "glosa": {
        if (w.peek("all")) {
          w.next();
          return new Operation.GlosaAll(w.word("guide"), w.integer("item"), w.word("code"), w.textOpt());
        }
        String guide = w.word("guide");
        int item = w.integer("item");
        String how = w.word("units or amount");
        BigDecimal units = null;
        Money amount = null;
        if (how.equals("units")) units = w.decimal("units");
        else if (how.equals("amount")) amount = w.money("amount");
        else throw w.bad(w.at - 1, "script.expected", "units | amount", how);
        Operation op = new Operation.GlosaPart(guide, item, units, amount, w.word("code"), w.textOpt());
        w.end();
        return op;
      }
      case "edit": {
        String guide = w.word("guide");
        int item = w.integer("item");
        w.keyword("glosa");
        int glosa = w.integer("glosa");
        String code = null, text = null;
        Money amount = null;
        while (w.more()) {
          String k = w.word("code | amount | text");
          switch (k) {
            case "code" -> code = w.word("code");
            case "amount" -> amount = w.money("amount");
            case "text" -> text = w.text("text");
            default -> throw w.bad(w.at - 1, "script.expected", "code | amount | text", k);
          }
        }
        return new Operation.EditGlosa(guide, item, glosa, code, amount, text);
      }
      case "revert": {
        if (w.peek("table")) {
          w.next();
          Operation op = new Operation.RevertTable(w.word("guide"), w.integer("item"));
          w.end();
          return op;
        }
        String guide = w.word("guide");
        int item = w.integer("item");
        Integer glosa = null;
        if (w.more()) {
          w.keyword("glosa");
          glosa = w.integer("glosa");
        }
        w.end();
        return new Operation.Revert(guide, item, glosa);
      }
      case "group": {
        w.keyword("glosa");
        Percent percent = w.percent();
        int at = w.at;
        String select = w.word("selection");
        try {
          Selections.parse(select);
        } catch (DeskException e) {
          throw w.bad(at, "select.unknown", select, String.join(", ", Selections.NAMES));
        }
        List<String> guides = List.of();
        if (w.peek("in")) {
          w.next();
          guides = Arrays.stream(w.word("guides").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return new Operation.GroupGlosa(guides, select, percent, w.word("code"), w.textOpt());
      }
      case "split": {
        Operation op = new Operation.Split(w.word("guide"), w.integer("item"), w.integer("days"));
        w.end();
        return op;
      }
      case "undo":
        w.end();
        return new Operation.Undo();
      default:
        throw w.bad(0, "script.unknown", first);
    }
  }

  /** A word or a quoted text, and the column (from 1) it starts at. */
  record Token(String text, boolean quoted, int column) {}

  static List<Token> tokens(String line) {
    List<Token> out = new ArrayList<>();
    int i = 0, n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder b = new StringBuilder();
      if (c == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char d = line.charAt(i++);
          if (d == '\\' && i < n) {
            b.append(line.charAt(i++));
          } else if (d == '"') {
            closed = true;
            break;
          } else {
            b.append(d);
          }
        }
        if (!closed) {
          throw new DeskException("bad-operation", (start + 1) + ": " + Texts.M.get("script.unclosed"));
        }
        out.add(new Token(b.toString(), true, start + 1));
      } else {
        while (i < n && !Character.isWhitespace(line.charAt(i))) b.append(line.charAt(i++));
        out.add(new Token(b.toString(), false, start + 1));
      }
    }
    return out;
  }

  private static final class Words {
    final List<Token> t;
    int at;

    Words(List<Token> t) {
      this.t = t;
    }

    boolean more() {
      return at < t.size();
    }

    boolean peek(String word) {
      return more() && !t.get(at).quoted() && t.get(at).text().equals(word);
    }

    void next() {
      at++;
    }

    DeskException bad(int index, String key, Object... args) {
      int column = index < t.size() ? t.get(index).column() : t.isEmpty() ? 1
          : t.get(t.size() - 1).column() + t.get(t.size() - 1).text().length() + 1;
      return new DeskException("bad-operation", column + ": " + Texts.M.get(key, args));
    }

    /** The name of what is expected, in the reader's language; alternatives of keywords (code | amount) as written. */
    private static Object what(String what) {
      return what.contains("|") ? what : Texts.M.text("script.what." + what.replace(' ', '.'));
    }

    String word(String what) {
      if (!more()) throw bad(at, "script.missing", what(what));
      return t.get(at++).text();
    }

    void keyword(String k) {
      if (!peek(k)) throw bad(at, "script.expected", k, more() ? t.get(at).text() : "");
      at++;
    }

    int integer(String what) {
      String s = word(what);
      if (!s.matches("-?\\d{1,9}")) throw bad(at - 1, "script.number", what(what), s);
      return Integer.parseInt(s);
    }

    BigDecimal decimal(String what) {
      String s = word(what);
      if (!s.matches("\\d+(\\.\\d+)?")) throw bad(at - 1, "script.number", what(what), s);
      return new BigDecimal(s);
    }

    Money money(String what) {
      String s = word(what);
      if (!s.matches("-?\\d+(\\.\\d{1,2})?")) throw bad(at - 1, "script.money", what(what), s);
      return Money.of(s);
    }

    Percent percent() {
      String s = word("percentage");
      String v = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
      if (!v.matches("\\d+(\\.\\d+)?")) throw bad(at - 1, "script.percent", s);
      return new Percent(new BigDecimal(v));
    }

    String text(String what) {
      if (!more()) throw bad(at, "script.missing", what(what));
      return t.get(at++).text();
    }

    /** The optional last text: a quoted text, or nothing. */
    String textOpt() {
      String s = more() ? t.get(at++).text() : "";
      end();
      return s;
    }

    void end() {
      if (more()) throw bad(at, "script.extra", t.get(at).text());
    }
  }
}
