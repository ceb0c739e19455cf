package convenio.glosas;

import convenio.model.GlosaGroup;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.tiss.AnaliseConta;
import convenio.tiss.RecursoGuiaCompleta;
import convenio.tiss.RecursoItem;
import convenio.tiss.RecursoProtocolo;
import convenio.tiss.TissDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The provider's side of a demonstrativo: each glosa the operator applied is compared with what the contract pays.
 * When the contract would pay more than the operator released, the glosa is not supported by the contract, up to the
 * difference: that part is appealed; the rest is upheld. An item with several glosas has the difference spread over
 * them in the order the operator listed them.
 *
 * <p>What is appealed, and how:
 * <ul>
 *   <li>item by item, each against the sequencialItem the demonstrativo gave the line. A billed item the operator
 *       answered as several lines (a daily rate of 3 days answered day by day) is shared among its lines by quantity,
 *       so each line is appealed for what the contract pays for its part, less what the operator paid on it;</li>
 *   <li>a guide the demonstrativo glosed whole (motivoGlosa of the guide) is appealed whole (recursoGuiaCompleta),
 *       and the whole protocol (motivoGlosa of the protocol) as a recurso de protocolo;</li>
 *   <li>a technical glosa (pertinence, quantity against the medical record: by default the groups 18xx–28xx of TISS
 *       table 38, see {@link #DEFAULT_CLASSES}) is not argued from prices: its justification is a placeholder
 *       ({@link RecursoText#CLINICAL_PLACEHOLDER}) for the clinical justification someone must write.</li>
 * </ul>
 */
final class GlosaDispute {
  private GlosaDispute() {}

  /**
   * Administrative or technical by the TISS default of the code's group (the tiss module's glosa-classes.csv), the
   * same default the glosa history applies before its per-contract overrides.
   */
  static final BiFunction<String, String, GlosaGroup> DEFAULT_CLASSES =
      (operator, code) -> TissDomain.current().glosaGroup(code);

  /** The part of a billed item a line of the demonstrativo stands for (1 of 1 when the line is the item). */
  record Share(ItemResult billed, int part, int parts, Money contractValue) {
    boolean split() {
      return parts > 1;
    }
  }

  /** A glosa appealed: how much, whether it needs a clinical justification, and the recurso item that says so. */
  record Disputed(AnaliseConta.GuiaAnalisada guide, AnaliseConta.ItemAnalisado item, AnaliseConta.GlosaValor glosa,
      Share share, Money operatorPaid, Money appealed, boolean technical, RecursoItem recurso) {
    ItemResult contract() {
      return share.billed();
    }
  }

  /** A glosa the contract supports (wholly, or the part not appealed). */
  record Upheld(AnaliseConta.GuiaAnalisada guide, AnaliseConta.ItemAnalisado item, AnaliseConta.GlosaValor glosa,
      Money value) {}

  /** An item of the demonstrativo that could not be re-priced (not in the lote given), with the reason. */
  record Unmatched(AnaliseConta.GuiaAnalisada guide, AnaliseConta.ItemAnalisado item, convenio.i18n.Text reason) {}

  /**
   * A glosa of a whole guide (or, with a null guide, of the whole protocol): what the contract pays for it, what the
   * operator paid, what was glosed and what is appealed. {@code recurso} is the guide's recursoGuiaCompleta (null for
   * the protocol, whose form is {@link Outcome#protocolRecurso()}).
   */
  record Whole(AnaliseConta.GuiaAnalisada guide, AnaliseConta.Motivo glosa, Money contractPays, Money operatorPaid,
      Money glosed, Money appealed, boolean technical, RecursoGuiaCompleta recurso, String justification) {}

  /** The comparison of one protocol. */
  record Outcome(AnaliseConta.Protocolo protocol, List<Disputed> disputed, List<Upheld> upheld,
      List<Unmatched> unmatched, List<Whole> wholeGuides, Whole wholeProtocol) {
    /** The value under appeal: the protocol's, or the guides' and items'. */
    Money appealed() {
      if (wholeProtocol != null) return wholeProtocol.appealed();
      Money sum = Money.ZERO;
      for (Disputed d : disputed) sum = sum.plus(d.appealed());
      for (Whole w : wholeGuides) sum = sum.plus(w.appealed());
      return sum;
    }

    Money glosed() {
      Money sum = Money.ZERO;
      for (AnaliseConta.GuiaAnalisada g : protocol.guides()) {
        for (AnaliseConta.ItemAnalisado i : g.items()) sum = sum.plus(i.glosado());
      }
      return sum;
    }

    /** Whether there is something to draft. */
    boolean appeals() {
      return wholeProtocol != null ? wholeProtocol.appealed().greaterThan(Money.ZERO)
          : !disputed.isEmpty() || wholeGuides.stream().anyMatch(w -> w.recurso() != null);
    }

    /** The recurso de protocolo, or null when the protocol is not appealed whole. */
    RecursoProtocolo protocolRecurso() {
      return wholeProtocol == null || wholeProtocol.appealed().isZero() ? null
          : new RecursoProtocolo(wholeProtocol.glosa().code(), wholeProtocol.appealed(), wholeProtocol.justification());
    }

    List<RecursoItem> itemRecursos() {
      return disputed.stream().map(Disputed::recurso).toList();
    }

    List<RecursoGuiaCompleta> guideRecursos() {
      return wholeGuides.stream().map(Whole::recurso).filter(java.util.Objects::nonNull).toList();
    }

    /** Glosas appealed that need a clinical justification (technical), items and whole guides or protocol. */
    int technical() {
      if (wholeProtocol != null) return wholeProtocol.technical() && wholeProtocol.appealed().greaterThan(Money.ZERO) ? 1 : 0;
      return (int) (disputed.stream().filter(Disputed::technical).count()
          + wholeGuides.stream().filter(w -> w.technical() && w.recurso() != null).count());
    }
  }

  /** As below, with the TISS default classes. */
  static Outcome compare(AnaliseConta.Protocolo protocol, PricingResult priced, RecursoText text) {
    return compare(protocol, priced, text, null, DEFAULT_CLASSES);
  }

  /**
   * Compares the protocol's glosas with {@code priced}, the same guides priced by the contract.
   *
   * @param operator the operator's registro ANS (for per-contract classes), or null
   * @param classes  administrative or technical, by operator and glosa code
   */
  static Outcome compare(AnaliseConta.Protocolo protocol, PricingResult priced, RecursoText text, String operator,
      BiFunction<String, String, GlosaGroup> classes) {
    List<Disputed> disputed = new ArrayList<>();
    List<Upheld> upheld = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    List<Whole> wholeGuides = new ArrayList<>();
    Money protocolContract = Money.ZERO;
    boolean protocolRepriced = true;
    for (AnaliseConta.GuiaAnalisada g : protocol.guides()) {
      GuideResult guide = guide(priced, g.number());
      LineShares shares = guide == null ? null : LineShares.of(guide, g);
      Money guideContract = Money.ZERO;
      for (AnaliseConta.ItemAnalisado i : g.items()) {
        Share s = shares == null ? null : shares.of(i);
        if (s == null) {
          protocolRepriced = false;
          if (!i.glosas().isEmpty() || !g.glosas().isEmpty() || protocol.glosa() != null) {
            unmatched.add(new Unmatched(g, i, guide == null ? Recurso.M.text("recurso.unmatched.no.guide", g.number())
                : Recurso.M.text("recurso.unmatched.no.item", g.number(), i.seq(), i.code())));
          }
          continue;
        }
        guideContract = guideContract.plus(s.contractValue());
      }
      protocolContract = protocolContract.plus(guideContract);
      if (protocol.glosa() != null) continue; // appealed as a whole protocol below
      if (!g.glosas().isEmpty()) {
        if (guide == null || unmatched.stream().anyMatch(u -> u.guide() == g)) continue;
        wholeGuides.addAll(wholeGuide(g, guideContract, text, operator, classes));
        continue;
      }
      if (shares == null) continue;
      for (AnaliseConta.ItemAnalisado i : g.items()) {
        Share s = shares.of(i);
        if (i.glosas().isEmpty() || s == null) continue;
        Money operatorPaid = paid(i);
        // What the contract pays above what the operator released, but never more than the operator glosed.
        Money open = s.contractValue().minus(operatorPaid).min(i.glosado());
        for (AnaliseConta.GlosaValor v : i.glosas()) {
          Money appealed = open.isNegative() ? Money.ZERO : open.min(v.value());
          if (appealed.isZero()) {
            upheld.add(new Upheld(g, i, v, v.value()));
            continue;
          }
          open = open.minus(appealed);
          boolean technical = classes.apply(operator, v.code()) == GlosaGroup.TECHNICAL;
          String why = technical ? text.clinical(v.code(), "o item " + i.code() + " (sequencial " + i.seq() + ")",
              appealed) : text.justification(v, s, i, operatorPaid, appealed);
          RecursoItem recurso = new RecursoItem(g.number(), g.operatorNumber(), g.authorizationNumber(), i.seq(),
              i.date() != null ? i.date() : s.billed().item().date() != null ? s.billed().item().date()
                  : guide.guide().executionDate(),
              i.table() != null ? i.table() : s.billed().item().table(), i.code(),
              i.description() != null ? i.description() : s.billed().item().description(),
              i.degree() != null ? i.degree() : s.billed().item().degree(), v.code(), appealed, why);
          disputed.add(new Disputed(g, i, v, s, operatorPaid, appealed, technical, recurso));
          if (appealed.lessThan(v.value())) upheld.add(new Upheld(g, i, v, v.value().minus(appealed)));
        }
      }
    }
    Whole wholeProtocol = null;
    if (protocol.glosa() != null && protocolRepriced) {
      Money glosed = protocol.glosado() != null ? protocol.glosado() : sumGlosado(protocol.guides());
      Money operatorPaid = protocol.liberado() != null ? protocol.liberado() : sumPaid(protocol.guides());
      Money appealed = protocolContract.minus(operatorPaid).min(glosed).max(Money.ZERO);
      AnaliseConta.Motivo m = protocol.glosa();
      boolean technical = classes.apply(operator, m.code()) == GlosaGroup.TECHNICAL;
      String why = technical ? text.clinical(m.code(), "o protocolo " + protocol.protocolNumber(), appealed)
          : text.whole(m, "do protocolo " + protocol.protocolNumber(), protocol.guides().size() + " guia(s)",
              protocolContract, operatorPaid, glosed, appealed);
      wholeProtocol = new Whole(null, m, protocolContract, operatorPaid, glosed, appealed, technical, null, why);
    }
    return new Outcome(protocol, disputed, upheld, unmatched, wholeGuides, wholeProtocol);
  }

  /**
   * A guide glosed whole: one recursoGuiaCompleta per reason the demonstrativo gave, the value under appeal counted
   * once, on the first reason (the others are appealed with no value of their own).
   */
  private static List<Whole> wholeGuide(AnaliseConta.GuiaAnalisada g, Money contractPays, RecursoText text,
      String operator, BiFunction<String, String, GlosaGroup> classes) {
    Money glosed = g.glosado() != null && !g.glosado().isZero() ? g.glosado() : sumGlosado(List.of(g));
    Money operatorPaid = g.liberado() != null ? g.liberado() : sumPaid(List.of(g));
    Money open = contractPays.minus(operatorPaid).min(glosed).max(Money.ZERO);
    List<Whole> out = new ArrayList<>();
    for (AnaliseConta.Motivo m : g.glosas()) {
      Money appealed = out.isEmpty() ? open : Money.ZERO;
      boolean technical = classes.apply(operator, m.code()) == GlosaGroup.TECHNICAL;
      String why = technical ? text.clinical(m.code(), "a guia " + g.number(), open)
          : text.whole(m, "da guia " + g.number(), g.items().size() + " item(ns)", contractPays, operatorPaid, glosed,
              open);
      RecursoGuiaCompleta r = open.isZero() ? null
          : new RecursoGuiaCompleta(g.number(), g.operatorNumber(), g.authorizationNumber(), m.code(), appealed, why);
      out.add(new Whole(g, m, contractPays, operatorPaid, glosed, appealed, technical, r, why));
    }
    return out;
  }

  /** What the operator released on a line: valorLiberado, else presented less glosed. */
  static Money paid(AnaliseConta.ItemAnalisado i) {
    return i.liberado() != null ? i.liberado() : (i.informado() == null ? Money.ZERO : i.informado()).minus(i.glosado());
  }

  private static Money sumGlosado(List<AnaliseConta.GuiaAnalisada> guides) {
    Money sum = Money.ZERO;
    for (AnaliseConta.GuiaAnalisada g : guides) for (AnaliseConta.ItemAnalisado i : g.items()) sum = sum.plus(i.glosado());
    return sum;
  }

  private static Money sumPaid(List<AnaliseConta.GuiaAnalisada> guides) {
    Money sum = Money.ZERO;
    for (AnaliseConta.GuiaAnalisada g : guides) for (AnaliseConta.ItemAnalisado i : g.items()) sum = sum.plus(paid(i));
    return sum;
  }

  private static GuideResult guide(PricingResult priced, String number) {
    for (GuideResult g : priced.guides()) if (g.guide().number().equals(number)) return g;
    return null;
  }
}
