package convenio.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The operators of the language, defined once and consulted by every stage: the parse-tree builder turns an
 * operator token into one of these, the checker types it, the compiler evaluates it, and the AST printer and the
 * artifact writer spell it (as cel-java's {@code Operator} serves its parser and planner alike). A token that names
 * no operator is an error of the builder, never a silent default.
 */
public enum Operator {
  ADD("+", 2), SUB("-", 2), MUL("*", 2), DIV("/", 2), OF("of", 2), AND("and", 2), OR("or", 2),
  LT("<", 2), LE("<=", 2), GT(">", 2), GE(">=", 2), EQ("=", 2), NE("!=", 2),
  NEGATE("-", 1), PLUS("+", 1);

  /** How the language writes it. */
  public final String symbol;
  private final int arity;

  private static final Map<String, Operator> BINARY = new HashMap<>();
  private static final Map<String, Operator> UNARY = new HashMap<>();

  static {
    for (Operator o : values()) (o.arity == 1 ? UNARY : BINARY).put(o.symbol, o);
    BINARY.put("is", EQ); // `character is urgency` reads as equality (membership when the name holds a set)
  }

  Operator(String symbol, int arity) {
    this.symbol = symbol;
    this.arity = arity;
  }

  public boolean comparison() {
    return this == LT || this == LE || this == GT || this == GE || this == EQ || this == NE;
  }

  /** The binary operator a token spells; a token the grammar allows but this enum lacks is a bug, and says so. */
  public static Operator binary(String token) {
    return find(BINARY, token, "binary");
  }

  /** The prefix operator a token spells ({@code -x}, {@code +x}). */
  public static Operator unary(String token) {
    return find(UNARY, token, "unary");
  }

  private static Operator find(Map<String, Operator> table, String token, String kind) {
    Operator o = table.get(token);
    if (o == null) throw new IllegalArgumentException("no " + kind + " operator is written '" + token + "'");
    return o;
  }
}
