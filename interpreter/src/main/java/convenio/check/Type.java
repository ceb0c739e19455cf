package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
/** The type of an expression as the checker infers it. {@link Basic#UNKNOWN} follows an error already reported. */
sealed interface Type {
  /** The type in words, written in the reader's language when read. */
  Text describe();

  /** Holds the bundle (an interface's fields are public). */
  final class Texts {
    static final Messages M = Messages.of(Type.class, "convenio.check.messages");

    private Texts() {}
  }

  enum Basic implements Type {
    MONEY("type.money"), PERCENT("type.percent"), NUMBER("type.number"), TEXT("type.text"), DATE("type.date"),
    TIME("type.time"), BOOLEAN("type.boolean"), UNKNOWN("type.unknown");

    private final String words;

    Basic(String words) {
      this.words = words;
    }

    @Override
    public Text describe() {
      return Texts.M.text(words);
    }
  }

  Type MONEY = Basic.MONEY;
  Type PERCENT = Basic.PERCENT;
  Type NUMBER = Basic.NUMBER;
  Type TEXT = Basic.TEXT;
  Type DATE = Basic.DATE;
  Type TIME = Basic.TIME;
  Type BOOLEAN = Basic.BOOLEAN;
  Type UNKNOWN = Basic.UNKNOWN;

  record SetOf(Type element) implements Type {
    public Text describe() {
      return Texts.M.text("type.set", plural(element));
    }
  }

  record RangeOf(Type element) implements Type {
    public Text describe() {
      return Texts.M.text("type.range", plural(element));
    }
  }

  /** A row of a table: the one the selector binds, or {@code table[code]}. */
  record Row(String table) implements Type {
    public Text describe() {
      return Texts.M.text("type.row", table);
    }
  }

  /** A table's name on its own: it can be looked up, {@code cbhpm[code]}. */
  record TableRef(String table) implements Type {
    public Text describe() {
      return Texts.M.text("type.table", table);
    }
  }

  record MapOf(String name, Type key, Type value) implements Type {
    public Text describe() {
      return Texts.M.text("type.map", name);
    }
  }

  static Text plural(Type t) {
    if (t == MONEY) return Texts.M.text("type.plural.money");
    if (t == PERCENT) return Texts.M.text("type.plural.percent");
    if (t == NUMBER) return Texts.M.text("type.plural.number");
    if (t == TEXT) return Texts.M.text("type.plural.text");
    if (t == DATE) return Texts.M.text("type.plural.date");
    if (t == TIME) return Texts.M.text("type.plural.time");
    if (t == BOOLEAN) return Texts.M.text("type.plural.boolean");
    return Texts.M.text("type.plural.value");
  }

  static boolean numeric(Type t) {
    return t == NUMBER || t == PERCENT;
  }

  /** Whether values of the two types can be compared or mixed in a set, a map or the branches of an if. */
  static boolean compatible(Type a, Type b) {
    if (a == UNKNOWN || b == UNKNOWN) return true;
    if (numeric(a) && numeric(b)) return true;
    if (a instanceof SetOf x && b instanceof SetOf y) return compatible(x.element(), y.element());
    return a.equals(b);
  }

  /** The type of a mix of the two (for if branches and set elements): a number wins over a percentage. */
  static Type join(Type a, Type b) {
    if (a == UNKNOWN) return b;
    if (b == UNKNOWN) return a;
    if (numeric(a) && numeric(b) && a != b) return NUMBER;
    return a;
  }
}
