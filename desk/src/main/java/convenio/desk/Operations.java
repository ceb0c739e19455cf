package convenio.desk;

import convenio.api.Audit;
import convenio.api.Selection;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.model.PricingResult;
import convenio.model.ReconciliationException;
import convenio.model.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one operation to a priced account: checks it first (so a refusal names the guide, the item and what is
 * wrong, in the user's language, and changes nothing), lets {@link Audit} do the arithmetic, then checks that every
 * item, guide and the account still reconcile (presented + raised = paid + glosed). {@link Operation.Undo} is the
 * log's business ({@link Desk}), not this class's.
 */
public final class Operations {
  private Operations() {}

  /** An item named by its guide and sequencialItem. */
  public record ItemRef(String guide, int item) {}

  /** The account after the operation, the items it touched, and a one-line summary for the log. */
  public record Applied(PricingResult result, List<ItemRef> changed, String summary) {}

  public static Applied apply(PricingResult before, Operation op) {
    PricingResult after;
    String summary;
    try {
      if (op instanceof Operation.GlosaAll o) {
        ItemResult r = item(before, o.guide(), o.item());
        GlosaCodes.require(o.code(), o.guide(), o.item());
        if (r.paid().isZero() && r.glosas().size() == 1 && r.glosas().get(0).code().equals(o.code())) {
          throw DeskException.of("nothing-to-change", o.guide(), o.item(), "glosaAll.already", o.guide(), o.item());
        }
        after = Audit.glosaAll(before, o.guide(), o.item(), o.code(), o.text());
        summary = Texts.M.get("summary.glosaAll", o.guide(), o.item(), o.code(), r.presented().format());
      } else if (op instanceof Operation.GlosaPart o) {
        ItemResult r = item(before, o.guide(), o.item());
        GlosaCodes.require(o.code(), o.guide(), o.item());
        if (o.units() != null && (o.units().signum() <= 0 || o.units().compareTo(r.paidQuantity()) > 0)) {
          throw DeskException.of("bad-amount", o.guide(), o.item(), "glosa.units", o.guide(), o.item(),
              plain(o.units()), plain(r.paidQuantity()));
        }
        if (o.amount() != null && (o.amount().isNegative() || o.amount().isZero()
            || o.amount().greaterThan(r.paid()))) {
          throw DeskException.of("bad-amount", o.guide(), o.item(), "glosa.amount", o.guide(), o.item(),
              o.amount().format(), r.paid().format());
        }
        after = Audit.glosaPart(before, o.guide(), o.item(), o.units(), o.amount(), o.code(), o.text());
        Money value = item(after, o.guide(), o.item()).glosas().get(0).value();
        summary = Texts.M.get("summary.glosaPart", o.guide(), o.item(), o.code(), value.format());
      } else if (op instanceof Operation.EditGlosa o) {
        ItemResult r = item(before, o.guide(), o.item());
        Glosa g = glosa(r, o.guide(), o.item(), o.glosa());
        if (o.code() != null) GlosaCodes.require(o.code(), o.guide(), o.item());
        if (o.amount() != null) {
          Money most = r.paid().plus(g.value());
          if (o.amount().isNegative() || o.amount().isZero() || o.amount().greaterThan(most)) {
            throw DeskException.of("bad-amount", o.guide(), o.item(), "edit.amount", o.glosa(), o.guide(), o.item(),
                o.amount().format(), most.format());
          }
        }
        if (o.code() == null && o.amount() == null && o.text() == null) {
          throw DeskException.of("bad-operation", o.guide(), o.item(), "edit.nothing");
        }
        after = Audit.editGlosa(before, o.guide(), o.item(), o.glosa() - 1, o.code(), o.amount(), o.text());
        Glosa now = item(after, o.guide(), o.item()).glosas().get(o.glosa() - 1);
        summary = Texts.M.get("summary.edit", o.guide(), o.item(), o.glosa(), g.code() + " " + g.value().format(),
            now.code() + " " + now.value().format());
      } else if (op instanceof Operation.Revert o) {
        ItemResult r = item(before, o.guide(), o.item());
        if (o.glosa() != null) {
          Glosa g = glosa(r, o.guide(), o.item(), o.glosa());
          after = Audit.revertGlosa(before, o.guide(), o.item(), o.glosa() - 1);
          summary = Texts.M.get("summary.revertGlosa", o.guide(), o.item(), o.glosa(), g.code(), g.value().format());
        } else {
          if (r.glosas().isEmpty()) {
            throw DeskException.of("nothing-to-change", o.guide(), o.item(), "revert.none", o.guide(), o.item());
          }
          after = Audit.revert(before, o.guide(), o.item());
          summary = Texts.M.get("summary.revert", o.guide(), o.item(), r.glosed().format());
        }
      } else if (op instanceof Operation.RevertTable o) {
        ItemResult r = item(before, o.guide(), o.item());
        if (r.contractUnit() == null) {
          throw DeskException.of("no-table-value", o.guide(), o.item(), "revertTable.noValue", o.guide(), o.item(),
              r.item().code());
        }
        after = Audit.revertPayingTable(before, o.guide(), o.item());
        summary = Texts.M.get("summary.revertTable", o.guide(), o.item(), r.allowed().format());
      } else if (op instanceof Operation.GroupGlosa o) {
        Selection selection = Selections.parse(o.select());
        for (String g : o.guides()) guide(before, g);
        GlosaCodes.require(o.code(), null, null);
        if (o.percent().compareTo(Percent.ZERO) <= 0 || o.percent().compareTo(Percent.HUNDRED) > 0) {
          throw DeskException.of("bad-amount", null, null, "group.percent", o.percent());
        }
        after = Audit.groupGlosa(before, o.guides(), selection, o.percent(), o.code(), o.text());
        List<ItemRef> changed = changed(before, after);
        if (changed.isEmpty()) {
          throw DeskException.of("nothing-selected", null, null, "group.nothing", o.select());
        }
        Money value = after.totals().glosed().minus(before.totals().glosed());
        summary = Texts.M.get("summary.group", o.percent(), o.select(), o.code(),
            o.guides().isEmpty() ? Texts.M.get("summary.everyGuide") : String.join(", ", o.guides()),
            changed.size(), value.format());
        check(after);
        return new Applied(after, changed, summary);
      } else if (op instanceof Operation.Split o) {
        ItemResult r = item(before, o.guide(), o.item());
        ItemKind kind = r.item().kind();
        if (kind != ItemKind.DAILY_RATE && kind != ItemKind.FEE) {
          throw DeskException.of("bad-split", o.guide(), o.item(), "split.kind", o.item(), r.item().code(),
              kind == null ? "?" : kind.languageName());
        }
        BigDecimal q = r.item().quantity() == null ? BigDecimal.ONE : r.item().quantity();
        if (q.stripTrailingZeros().scale() > 0) {
          throw DeskException.of("bad-split", o.guide(), o.item(), "split.fraction", o.item(), plain(q));
        }
        if (o.days() <= 0) {
          throw DeskException.of("bad-split", o.guide(), o.item(), "split.days", o.item(), o.days());
        }
        if (o.days() > q.intValueExact()) {
          throw DeskException.of("bad-split", o.guide(), o.item(), "split.tooMany", o.item(), o.days(), plain(q));
        }
        if (r.item().date() == null) {
          throw DeskException.of("bad-split", o.guide(), o.item(), "split.noDate", o.item());
        }
        if (o.days() == 1) {
          throw DeskException.of("nothing-to-change", o.guide(), o.item(), "split.one", o.item());
        }
        after = Audit.splitDays(before, o.guide(), o.item(), o.days());
        summary = Texts.M.get("summary.split", o.guide(), o.item(), o.days(), r.item().date(),
            r.item().date().plusDays(o.days() - 1L));
      } else {
        throw new IllegalArgumentException(Texts.M.get("undo.by.log"));
      }
    } catch (ReconciliationException e) {
      throw DeskException.of("reconciliation", null, null, "reconciliation", e.getMessage());
    } catch (IllegalArgumentException e) {
      // Audit's own refusals (its checks repeat ours): never a stack trace, the message as it is.
      throw new DeskException("bad-operation", e.getMessage());
    }
    check(after);
    return new Applied(after, changed(before, after), summary);
  }

  /** The items of {@code after} that are not, unchanged, in {@code before} (Audit keeps untouched items as they were). */
  static List<ItemRef> changed(PricingResult before, PricingResult after) {
    Map<ItemResult, Boolean> old = new IdentityHashMap<>();
    for (GuideResult g : before.guides()) for (ItemResult r : g.items()) old.put(r, true);
    List<ItemRef> out = new ArrayList<>();
    for (GuideResult g : after.guides()) {
      for (ItemResult r : g.items()) if (!old.containsKey(r)) out.add(new ItemRef(g.guide().number(), r.item().seq()));
    }
    return out;
  }

  /**
   * presented + raised = paid + glosed for every item (ItemResult checks it when built), every guide and the account
   * (checked here again from the items, so that a total kept apart from its items could not drift).
   */
  public static void check(PricingResult r) {
    Totals account = Totals.ZERO;
    for (GuideResult g : r.guides()) {
      Totals guide = Totals.ZERO;
      for (ItemResult i : g.items()) guide = guide.plus(Totals.of(i));
      if (!guide.equals(g.totals()) || !reconciles(guide)) {
        throw DeskException.of("reconciliation", g.guide().number(), null, "reconciliation.guide", g.guide().number());
      }
      account = account.plus(guide);
    }
    if (!account.equals(r.totals()) || !reconciles(account)) {
      throw DeskException.of("reconciliation", null, null, "reconciliation.account");
    }
  }

  private static boolean reconciles(Totals t) {
    return t.presented().plus(t.raised()).equals(t.paid().plus(t.glosed()));
  }

  static GuideResult guide(PricingResult r, String guide) {
    for (GuideResult g : r.guides()) if (g.guide().number().equals(guide)) return g;
    throw DeskException.of("no-guide", guide, null, "no.guide", guide);
  }

  static ItemResult item(PricingResult r, String guide, int seq) {
    for (ItemResult i : guide(r, guide).items()) if (i.item().seq() == seq) return i;
    throw DeskException.of("no-item", guide, seq, "no.item", guide, seq);
  }

  private static Glosa glosa(ItemResult r, String guide, int item, int index) {
    if (index < 1 || index > r.glosas().size()) {
      throw DeskException.of("no-glosa", guide, item, "no.glosa", guide, item, r.glosas().size(), index);
    }
    return r.glosas().get(index - 1);
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
