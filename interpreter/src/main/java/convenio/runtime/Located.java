package convenio.runtime;

import convenio.model.SourcePos;

/**
 * A compiled expression that keeps its place in the rule file (cel-java's PlannedInterpretable keeps its expression
 * the same way): an evaluation error raised inside it, and not already placed by a sub-expression, gets this place.
 */
public final class Located implements Eval {
  private final Eval inner;
  private final SourcePos at;

  public Located(Eval inner, SourcePos at) {
    this.inner = inner;
    this.at = at;
  }

  public SourcePos at() {
    return at;
  }

  @Override
  public Object eval(Scope scope) {
    try {
      return inner.eval(scope);
    } catch (EvalException e) {
      throw e.locate(at);
    }
  }

  @Override
  public long micros(Scope scope) {
    return inner.micros(scope);
  }

  @Override
  public boolean test(Scope scope, String what, String whose) {
    try {
      return Eval.super.test(scope, what, whose);
    } catch (EvalException e) {
      throw e.locate(at);
    }
  }
}
