package convenio.syntax;

import java.util.List;

/**
 * Expressions of the language. Every node has an id, unique within its file, so that later stages can keep
 * types and resolutions in side tables keyed by id instead of mutating the tree (as cel-java does).
 */
public sealed interface Expr {
  int id();

  Span span();

  /** A literal value: Money, Percent, BigDecimal (numbers), LocalDate, LocalTime, String (text and codes), Boolean. */
  record Literal(int id, Span span, Object value) implements Expr {}

  record Name(int id, Span span, String name) implements Expr {}

  /** {@code target.member}: a table row's column, a module's member. */
  record Member(int id, Span span, Expr target, String member) implements Expr {}

  /** {@code target[key]}: a table lookup by code, a map lookup. */
  record Index(int id, Span span, Expr target, Expr key) implements Expr {}

  record Unary(int id, Span span, Operator op, Expr operand) implements Expr {}

  record Binary(int id, Span span, Operator op, Expr left, Expr right) implements Expr {}

  record In(int id, Span span, Expr value, Expr container, boolean negated) implements Expr {}

  record Not(int id, Span span, Expr operand) implements Expr {}

  record If(int id, Span span, Expr condition, Expr then, Expr otherwise) implements Expr {}

  record Call(int id, Span span, String function, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record SetOf(int id, Span span, List<Expr> elements) implements Expr {
    public SetOf {
      elements = List.copyOf(elements);
    }
  }

  record Range(int id, Span span, Literal from, Literal to) implements Expr {}
}
