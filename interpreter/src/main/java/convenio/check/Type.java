package convenio.check;

/** The type of an expression as the checker infers it. {@link Basic#UNKNOWN} follows an error already reported. */
sealed interface Type {
  String describe();

  enum Basic implements Type {
    MONEY("money"), PERCENT("a percentage"), NUMBER("a number"), TEXT("text"), DATE("a date"), TIME("a time of day"),
    BOOLEAN("true or false"), UNKNOWN("unknown");

    private final String words;

    Basic(String words) {
      this.words = words;
    }

    @Override
    public String describe() {
      return words;
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
    public String describe() {
      return "a set of " + plural(element);
    }
  }

  record RangeOf(Type element) implements Type {
    public String describe() {
      return "a range of " + plural(element);
    }
  }

  /** A row of a table: the one the selector binds, or {@code table[code]}. */
  record Row(String table) implements Type {
    public String describe() {
      return "a row of table " + table;
    }
  }

  /** A table's name on its own: it can be looked up, {@code cbhpm[code]}. */
  record TableRef(String table) implements Type {
    public String describe() {
      return "the table " + table;
    }
  }

  record MapOf(String name, Type key, Type value) implements Type {
    public String describe() {
      return "the map " + name;
    }
  }

  static String plural(Type t) {
    if (t == MONEY) return "money values";
    if (t == PERCENT) return "percentages";
    if (t == NUMBER) return "numbers";
    if (t == TEXT) return "texts";
    if (t == DATE) return "dates";
    if (t == TIME) return "times";
    if (t == BOOLEAN) return "booleans";
    return "values";
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
