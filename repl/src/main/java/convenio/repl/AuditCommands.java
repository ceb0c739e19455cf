package convenio.repl;

import convenio.api.Contract;
import convenio.desk.Desk;
import convenio.desk.DeskException;
import convenio.desk.Operation;
import convenio.desk.OperationScript;
import convenio.desk.Operations;
import convenio.desk.Texts;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.report.ResultTable;
import convenio.report.TraceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditor's operations at the prompt ({@code glosa all RI-1001 3 2014 "…"}, {@code revert …},
 * {@code group glosa …}, {@code split …}, {@code edit …}, {@code undo}; the syntax of docs/desk.md), on the open
 * accounts priced by the contract as it stands (what-if changes included). The decisions live for the session, in a
 * desk kept in memory; when the contract changes (reload, a what-if change) they are re-applied, and those the
 * change makes moot are said. {@code price} and {@code explain} then show the audited accounts.
 */
final class AuditCommands {
  static final List<String> WORDS = List.of("glosa", "edit", "revert", "group", "split", "undo", "log");

  private final ReplSession session;
  private Desk desk;
  private Contract pricedWith;
  /** The desk's account id of each open account (by index), once an operation touched it. */
  private final Map<LoadedAccount, Long> ids = new HashMap<>();
  /**
   * The accounts each operation went to, for undo (several accounts can be open, and a group glosa goes to every one
   * that has its guides): undo takes back the last operation on all of them.
   */
  private final List<List<Long>> order = new ArrayList<>();

  AuditCommands(ReplSession session) {
    this.session = session;
  }

  /** Whether any decision stands on an account. */
  boolean audited(LoadedAccount a) {
    return ids.containsKey(a) && desk != null;
  }

  /** The account as audited (only when {@link #audited}). */
  PricingResult result(LoadedAccount a) {
    sync();
    return desk.view(ids.get(a)).result();
  }

  /** The accounts were closed or reopened: the decisions on them go too. */
  void forget() {
    ids.clear();
    order.clear();
    if (desk != null) desk.close();
    desk = null;
  }

  void execute(String text, String author) {
    if (text.strip().equals("log")) {
      log();
      return;
    }
    Operation op;
    try {
      op = OperationScript.parseLine(text);
    } catch (DeskException e) {
      session.fail(e.getMessage());
      return;
    }
    sync();
    try {
      if (op instanceof Operation.Undo) {
        if (order.isEmpty()) throw new DeskException("nothing-to-undo", Texts.M.get("undo.nothing"));
        List<Long> last = order.remove(order.size() - 1);
        for (int i = last.size() - 1; i >= 0; i--) show(desk.apply(last.get(i), op, author, null));
        return;
      }
      List<Long> applied = new ArrayList<>();
      DeskException nothing = null;
      for (Map.Entry<Long, Operation> t : targets(op).entrySet()) {
        try {
          show(desk.apply(t.getKey(), t.getValue(), author, null));
          applied.add(t.getKey());
        } catch (DeskException e) {
          // a group glosa of every open lote gloses where its selection finds items; only none at all is an error
          if (!(op instanceof Operation.GroupGlosa g && g.guides().isEmpty() && e.code().equals("nothing-selected"))) {
            throw e;
          }
          nothing = e;
        }
      }
      if (applied.isEmpty() && nothing != null) throw nothing;
      order.add(applied);
    } catch (DeskException e) {
      session.fail(e.getMessage());
    }
  }

  private void show(Desk.Outcome o) {
    var out = session.out();
    out.println("#" + o.entry().n() + " " + o.entry().summary());
    for (Operations.ItemRef r : o.changed()) {
      GuideResult g = o.view().result().guide(r.guide());
      for (ItemResult i : g.items()) {
        if (i.item().seq() == r.item()) {
          out.println("  " + Texts.M.get("repl.item", r.guide(), TraceText.itemHeadline(i.item()), i.paid().format(),
              i.glosed().format()));
        }
      }
    }
    out.println("  " + ResultTable.totals(o.view().result().totals()));
  }

  private void log() {
    if (desk == null || ids.isEmpty()) {
      session.out().println(Texts.M.get("undo.nothing"));
      return;
    }
    for (var e : ids.entrySet()) {
      for (Desk.Entry x : desk.view(e.getValue()).log()) {
        session.out().println("#" + x.n() + " " + x.at() + " " + x.auditor() + ": " + x.summary()
            + (x.undone() ? " " + Texts.M.get("audit.undone") : ""));
      }
    }
  }

  /**
   * The open accounts an operation goes to, each with the operation as it applies there: the one account with its
   * guide; for a group glosa, each account with the guides it names that the account holds (every account when it
   * names none). A guide that no open account holds is refused before anything changes.
   */
  private Map<Long, Operation> targets(Operation op) {
    Map<Long, Operation> out = new LinkedHashMap<>();
    if (op instanceof Operation.GroupGlosa g) {
      for (String guide : g.guides()) {
        if (session.accounts().stream().noneMatch(a -> holds(a, guide))) {
          throw new DeskException("no-guide", Texts.M.get("no.guide", guide));
        }
      }
      for (LoadedAccount a : session.accounts()) {
        List<String> mine = g.guides().stream().filter(guide -> holds(a, guide)).toList();
        if (g.guides().isEmpty()) {
          out.put(id(a), g);
        } else if (!mine.isEmpty()) {
          out.put(id(a), new Operation.GroupGlosa(mine, g.select(), g.percent(), g.code(), g.text()));
        }
      }
      return out;
    }
    var json = op.toJson();
    String guide = json.hasNonNull("guide") ? json.get("guide").asText() : null;
    for (LoadedAccount a : session.accounts()) {
      if (guide == null || holds(a, guide)) {
        out.put(id(a), op);
        return out;
      }
    }
    throw new DeskException("no-guide", Texts.M.get("no.guide", guide));
  }

  private static boolean holds(LoadedAccount a, String guide) {
    return a.account().guides().stream().anyMatch(g -> g.number().equals(guide));
  }

  private long id(LoadedAccount a) {
    Long id = ids.get(a);
    if (id == null) {
      id = desk.add(a.account()).view().id();
      ids.put(a, id);
    }
    return id;
  }

  /** The desk prices with the contract as it stands; when that changed, the decisions are re-applied. */
  private void sync() {
    Contract now = session.contract().current().contract();
    if (desk == null) {
      desk = Desk.open(null, account -> session.contract().current().contract().price(account));
      pricedWith = now;
      return;
    }
    if (now == pricedWith) return;
    pricedWith = now;
    for (long id : ids.values()) {
      for (Desk.Moot m : desk.reprice(id).moot()) {
        session.out().println(Texts.M.get("repl.moot", m.n(), m.reason()));
      }
    }
  }
}
