package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.syntax.Expr;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TISS 4.03.00 domains of the item names that hold codes: comparing {@code degree} with "6" or {@code character}
 * with "3" can never be true, so the code is reported where it is written.
 */
final class Domains {
  private static final Messages M = Messages.of(Domains.class, "convenio.check.messages");
  private record Domain(String table, String words, Set<String> codes) {}

  private static final Map<String, Domain> BY_NAME = Map.of(
      "degree", new Domain("dm_grauPart", "domain.degree", Set.of("00", "01", "02", "03", "04", "05", "06",
          "07", "08", "09", "10", "11", "12", "13")),
      "character", new Domain("dm_caraterAtendimento", "domain.character", Set.of("1", "2")),
      "route", new Domain("dm_viaDeAcesso", "domain.route", Set.of("1", "2", "3")),
      "technique", new Domain("dm_tecnicaUtilizada", "domain.technique", Set.of("1", "2", "3")),
      "billing_type", new Domain("dm_tipoFaturamento", "domain.billing", Set.of("1", "2", "3", "4")),
      "table", new Domain("dm_tabela", "domain.table", TableChecks.TISS_TYPES.keySet()));

  private Domains() {}

  /** When {@code name} is an item name with a TISS domain, reports the literal codes of {@code other} outside it. */
  static void check(Expr name, Expr other, NameScope scope, Diagnostics out) {
    if (!(name instanceof Expr.Name n) || !scope.names().containsKey(n.name())) return;
    Domain d = BY_NAME.get(n.name());
    if (d == null) return;
    List<Expr> literals = other instanceof Expr.SetOf s ? s.elements() : List.of(other);
    for (Expr e : literals) {
      // The empty text is how rules test that a code was not informed (degree != "").
      if (!(e instanceof Expr.Literal l) || !(l.value() instanceof String code) || code.isEmpty()) continue;
      if (d.codes().contains(code)) continue;
      Text hint = code.length() == 1 && d.codes().contains("0" + code) ? M.text("domain.two.digits", code)
          : M.text("domain.has", d.table(), String.join(", ", new TreeSet<>(d.codes())));
      out.add(Diagnostic.error("code", e.span(), M.text("domain.not.in", code, d.table(), M.text(d.words())),
          hint));
    }
  }
}
