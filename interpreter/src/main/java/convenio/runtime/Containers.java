package convenio.runtime;

import convenio.i18n.Messages;
import java.util.List;
import java.util.Map;

/** The container values of the language: sets, ranges and maps. */
public final class Containers {
  private static final Messages M = Messages.of(Containers.class, "convenio.runtime.messages");
  private Containers() {}

  /** {@code {a, b, 07:00 .. 19:00}}: elements may be values, ranges or other sets. */
  public record SetValue(List<Object> elements) implements RuleValues.Container {
    public boolean contains(Object value) {
      for (Object e : elements) {
        if (e instanceof RuleValues.Container || e instanceof CodeMatcher ? RuleValues.in(value, e) : RuleValues.same(value, e)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("{");
      for (Object e : elements) b.append(b.length() > 1 ? ", " : "").append(RuleValues.format(e));
      return b.append('}').toString();
    }
  }

  /** {@code a .. b}, both ends included. */
  public record RangeValue(Object from, Object to) implements RuleValues.Container {
    public boolean contains(Object value) {
      if (value == null) return false;
      return RuleValues.compare(value, from, "in") >= 0 && RuleValues.compare(value, to, "in") <= 0;
    }

    @Override
    public String toString() {
      return RuleValues.format(from) + " .. " + RuleValues.format(to);
    }
  }

  /** A {@code map}: literal keys to compiled values. */
  public record MapValue(String name, Map<Object, Eval> entries) implements RuleValues.Container {
    public boolean contains(Object key) {
      return entries.containsKey(RuleValues.key(key));
    }

    public Object get(Object key, Scope scope) {
      Eval e = entries.get(RuleValues.key(key));
      if (e == null) {
        if (convenio.common.SizeLetters.refusedO(key, entries.keySet())) {
          throw new EvalException(M.get("eval.map.letter.o", name));
        }
        throw new EvalException(M.get("eval.map.no.entry", name, RuleValues.describe(key)));
      }
      return e.eval(scope);
    }
  }
}
