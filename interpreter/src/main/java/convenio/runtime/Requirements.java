package convenio.runtime;

import convenio.model.TraceEvent;

/** {@code require authorization for …} and {@code require <condition> for …}: an item that fails is glosed whole. */
final class Requirements {
  private Requirements() {}

  static void apply(Pricer pricer, Rules.Require r, Line l) {
    Scope scope = pricer.forLine(l);
    if (!r.matcher().matches(scope)) return;
    scope.bind(r.matcher());
    boolean ok;
    if (r.condition() == null) {
      String auth = scope.guide.authorizationNumber();
      ok = auth != null && !auth.isBlank();
    } else {
      ok = r.condition().test(scope, "eval.requirement", r.ref().label());
    }
    if (ok) return;
    String text = r.glosa().text(r.text(), scope);
    if (r.text() == null && r.glosa().standardText() == null && r.condition() == null) {
      text = "Procedimento sem autorização prévia (a guia não traz número de autorização)";
    }
    l.glosaAll(r.glosa(), text, r.ref(), TraceEvent.Kind.REQUIREMENT);
  }
}
