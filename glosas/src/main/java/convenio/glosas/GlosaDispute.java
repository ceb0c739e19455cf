package convenio.glosas;

import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.tiss.AnaliseConta;
import convenio.tiss.RecursoItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The provider's side of a demonstrativo: each item glosa the operator applied is compared with what the contract pays
 * for that item. When the contract would pay more than the operator released, the glosa is not supported by the
 * contract, up to the difference: that part is appealed (a recurso item with its justification); the rest is upheld.
 * An item with several glosas has the difference spread over them in the order the operator listed them.
 */
final class GlosaDispute {
  private GlosaDispute() {}

  /** A glosa appealed: how much, and the recurso item that says so. */
  record Disputed(AnaliseConta.GuiaAnalisada guide, AnaliseConta.ItemAnalisado item, AnaliseConta.GlosaValor glosa,
      ItemResult contract, Money operatorPaid, Money appealed, RecursoItem recurso) {}

  /** A glosa the contract supports (wholly, or the part not appealed). */
  record Upheld(AnaliseConta.GuiaAnalisada guide, AnaliseConta.ItemAnalisado item, AnaliseConta.GlosaValor glosa,
      Money value) {}

  /** An item of the demonstrativo that could not be re-priced (not in the lote given), with the reason. */
  record Unmatched(AnaliseConta.GuiaAnalisada guide, AnaliseConta.ItemAnalisado item, String reason) {}

  /** The comparison of one protocol. */
  record Outcome(AnaliseConta.Protocolo protocol, List<Disputed> disputed, List<Upheld> upheld,
      List<Unmatched> unmatched) {
    Money appealed() {
      Money sum = Money.ZERO;
      for (Disputed d : disputed) sum = sum.plus(d.appealed());
      return sum;
    }

    Money glosed() {
      Money sum = Money.ZERO;
      for (AnaliseConta.GuiaAnalisada g : protocol.guides()) {
        for (AnaliseConta.ItemAnalisado i : g.items()) sum = sum.plus(i.glosado());
      }
      return sum;
    }
  }

  /** Compares the protocol's glosas with {@code priced}, the same guides priced by the contract. */
  static Outcome compare(AnaliseConta.Protocolo protocol, PricingResult priced, RecursoText text) {
    List<Disputed> disputed = new ArrayList<>();
    List<Upheld> upheld = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    for (AnaliseConta.GuiaAnalisada g : protocol.guides()) {
      GuideResult guide = guide(priced, g.number());
      Set<ItemResult> used = new HashSet<>();
      for (AnaliseConta.ItemAnalisado i : g.items()) {
        if (i.glosas().isEmpty()) continue;
        ItemResult r = guide == null ? null : item(guide, i, used);
        if (r == null) {
          unmatched.add(new Unmatched(g, i, guide == null ? "guide " + g.number() + " is not in the account priced"
              : "guide " + g.number() + " has no item " + i.seq() + " with code " + i.code()));
          continue;
        }
        used.add(r);
        Money operatorPaid = i.liberado() != null ? i.liberado()
            : (i.informado() == null ? Money.ZERO : i.informado()).minus(i.glosado());
        // What the contract pays above what the operator released, but never more than the operator glosed.
        Money open = r.paid().minus(operatorPaid).min(i.glosado());
        for (AnaliseConta.GlosaValor v : i.glosas()) {
          Money appealed = open.isNegative() ? Money.ZERO : open.min(v.value());
          if (appealed.isZero()) {
            upheld.add(new Upheld(g, i, v, v.value()));
            continue;
          }
          open = open.minus(appealed);
          RecursoItem recurso = RecursoItem.of(guide.guide(), r.item(), v.code(), appealed,
              text.justification(v, r, operatorPaid, appealed));
          disputed.add(new Disputed(g, i, v, r, operatorPaid, appealed, recurso));
          if (appealed.lessThan(v.value())) upheld.add(new Upheld(g, i, v, v.value().minus(appealed)));
        }
      }
    }
    return new Outcome(protocol, disputed, upheld, unmatched);
  }

  private static GuideResult guide(PricingResult priced, String number) {
    for (GuideResult g : priced.guides()) if (g.guide().number().equals(number)) return g;
    return null;
  }

  /** The priced item for a line of the demonstrativo: same sequence and code, else the first unused same code. */
  private static ItemResult item(GuideResult g, AnaliseConta.ItemAnalisado i, Set<ItemResult> used) {
    for (ItemResult r : g.items()) {
      if (r.item().seq() == i.seq() && r.item().code().equals(i.code()) && !used.contains(r)) return r;
    }
    for (ItemResult r : g.items()) if (r.item().code().equals(i.code()) && !used.contains(r)) return r;
    return null;
  }
}
