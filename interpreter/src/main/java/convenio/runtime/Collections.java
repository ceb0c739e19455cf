package convenio.runtime;

import java.util.List;
import java.util.Map;

/** The container values of the language: sets, ranges and maps. */
public final class Collections {
  private Collections() {}

  /** {@code {a, b, 07:00 .. 19:00}}: elements may be values, ranges or other sets. */
  public record SetValue(List<Object> elements) implements Values.Container {
    public boolean contains(Object value) {
      for (Object e : elements) {
        if (e instanceof Values.Container || e instanceof CodeMatcher ? Values.in(value, e) : Values.same(value, e)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("{");
      for (Object e : elements) b.append(b.length() > 1 ? ", " : "").append(Values.format(e));
      return b.append('}').toString();
    }
  }

  /** {@code a .. b}, both ends included. */
  public record RangeValue(Object from, Object to) implements Values.Container {
    public boolean contains(Object value) {
      if (value == null) return false;
      return Values.compare(value, from, "in") >= 0 && Values.compare(value, to, "in") <= 0;
    }

    @Override
    public String toString() {
      return Values.format(from) + " .. " + Values.format(to);
    }
  }

  /** A {@code map}: literal keys to compiled values. */
  public record MapValue(String name, Map<Object, Eval> entries) implements Values.Container {
    public boolean contains(Object key) {
      return entries.containsKey(Values.key(key));
    }

    public Object get(Object key, Scope scope) {
      Eval e = entries.get(Values.key(key));
      if (e == null) throw new EvalException("map " + name + " has no entry for " + Values.describe(key));
      return e.eval(scope);
    }
  }
}
