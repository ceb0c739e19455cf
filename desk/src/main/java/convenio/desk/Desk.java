package convenio.desk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import convenio.api.ContractRegistry;
import convenio.api.Priced;
import convenio.history.DeskRecords;
import convenio.model.Account;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.tiss.AccountYaml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The auditor's desk: priced accounts kept in the history store with the log of the auditor's decisions. An account
 * as it stands is the account priced by the contract, then every decision not undone applied in order; so a restart
 * gives back the same account, and re-pricing after a contract change re-applies the decisions, listing those the
 * new contract makes moot (their item or glosa is gone, or they no longer change anything).
 *
 * <p>Thread-safe: one lock for the whole desk (an auditor's operations are few and quick).
 */
public final class Desk implements AutoCloseable {
  /** Prices an account with the contract that covers it; refuses with {@code no-contract} when none does. */
  public interface Pricer {
    PricingResult price(Account account);
  }

  /** One line of the audit log: who, when, what (the operation's JSON), a summary, why, and whether undone. */
  public record Entry(int n, String auditor, Instant at, ObjectNode operation, String summary, String why,
      boolean undone) {}

  /** A decision that did not apply, or changed nothing, when the account was priced again. */
  public record Moot(int n, ObjectNode operation, String reason) {}

  /** An account as it stands. */
  public record View(long id, DeskRecords.Account record, PricingResult result, List<Entry> log, List<Moot> moot) {
    public String idText() {
      return Long.toString(id);
    }
  }

  public record Added(View view, boolean created) {}

  public record Outcome(View view, Entry entry, List<Operations.ItemRef> changed) {}

  public record Reprice(View view, int reapplied, List<Moot> moot) {}

  private final DeskRecords records;
  private final Pricer pricer;
  private final Map<Long, View> cache = new HashMap<>();

  private Desk(DeskRecords records, Pricer pricer) {
    this.records = records;
    this.pricer = pricer;
  }

  /**
   * The desk in the history named as after {@code --db} (an H2 file or {@code postgresql://…}); null keeps the desk
   * in memory, gone when the program ends.
   */
  public static Desk open(String db, Pricer pricer) {
    String where = db != null ? db : "jdbc:h2:mem:desk-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    return new Desk(DeskRecords.open(where), pricer);
  }

  /** A pricer over a contract registry: the version covering the account's guides, as {@code POST /price} picks. */
  public static Pricer pricer(ContractRegistry registry) {
    return account -> {
      Priced p = registry.price(account);
      if (!p.ok()) throw new DeskException("no-contract", p.error(), p.guide(), null, List.of());
      return p.result();
    };
  }

  public synchronized List<View> accounts() {
    List<View> out = new ArrayList<>();
    for (DeskRecords.Account a : records.accounts()) out.add(view(a.id()));
    return out;
  }

  /** Keeps a lote on the desk, priced; the same operator's lote already there is given back unchanged. */
  public synchronized Added add(Account account) {
    // A lote is the same lote when the same operator's lote number says so; an account without a number is new.
    var existing = account.loteNumber() == null ? java.util.Optional.<DeskRecords.Account>empty()
        : records.find(account.operatorAns(), account.loteNumber());
    if (existing.isPresent()) return new Added(view(existing.get().id()), false);
    PricingResult priced = pricer.price(account);
    long id = records.add(account.operatorAns(), account.loteNumber(), AccountYaml.writeJson(account),
        priced.contractId(), priced.contractVersion(), priced.artifactHash());
    return new Added(view(id), true);
  }

  public synchronized View view(long id) {
    View v = cache.get(id);
    if (v == null) {
      v = load(id, false).view();
      cache.put(id, v);
    }
    return v;
  }

  /** Applies an operation for {@code auditor} and saves it in the log; a refusal changes nothing. */
  public synchronized Outcome apply(long id, Operation op, String auditor, String why) {
    if (auditor == null || auditor.isBlank()) throw DeskException.of("no-auditor", null, null, "auditor.missing");
    View v = view(id);
    List<Entry> log = new ArrayList<>(v.log());
    int n = log.size() + 1;
    Instant now = Instant.now();
    if (op instanceof Operation.Undo) {
      Entry last = null;
      for (Entry e : log) if (!e.undone() && !"undo".equals(e.operation().path("op").asText())) last = e;
      if (last == null) throw DeskException.of("nothing-to-undo", null, null, "undo.nothing");
      ObjectNode json = new Operation.Undo().toJson().put("undoes", last.n());
      Entry entry = new Entry(n, auditor.strip(), now, json, Texts.M.get("summary.undo", last.n(), last.summary()),
          why, false);
      List<Entry> after = new ArrayList<>();
      for (Entry e : log) after.add(e.n() == last.n() ? undone(e) : e);
      after.add(entry);
      Replayed r = replay(base(v.record()), after, false);
      records.append(id, decision(entry), last.n());
      View now2 = new View(id, v.record(), r.result(), List.copyOf(after), r.moot());
      cache.put(id, now2);
      return new Outcome(now2, entry, differences(v.result(), r.result()));
    }
    Operations.Applied a = Operations.apply(v.result(), op);
    String reason = why != null && !why.isBlank() ? why.strip() : text(op);
    Entry entry = new Entry(n, auditor.strip(), now, op.toJson(), a.summary(), reason, false);
    records.append(id, decision(entry), 0);
    log.add(entry);
    View after = new View(id, v.record(), a.result(), List.copyOf(log), v.moot());
    cache.put(id, after);
    return new Outcome(after, entry, a.changed());
  }

  /**
   * Prices the account again with the contract the pricer serves now, re-applies every decision in order, records
   * the contract, and lists the decisions the new contract makes moot.
   */
  public synchronized Reprice reprice(long id) {
    cache.remove(id);
    Loaded l = load(id, true);
    cache.put(id, l.view());
    return new Reprice(l.view(), l.reapplied(), l.view().moot());
  }

  private record Loaded(View view, int reapplied) {}

  private record Replayed(PricingResult result, List<Moot> moot, int reapplied) {}

  private Loaded load(long id, boolean repricing) {
    DeskRecords.Account record = records.account(id)
        .orElseThrow(() -> DeskException.of("no-account", null, null, "no.account", id));
    PricingResult base = base(record);
    List<Entry> log = new ArrayList<>();
    for (DeskRecords.Decision d : records.decisions(id)) {
      ObjectNode json;
      try {
        json = (ObjectNode) Operation.MAPPER.readTree(d.operationJson());
      } catch (Exception e) {
        json = Operation.MAPPER.createObjectNode().put("op", "unreadable");
      }
      log.add(new Entry(d.n(), d.auditor(), d.at(), json, d.summary(), d.why(), d.undone()));
    }
    boolean changedContract = !Objects.equals(record.contractHash(), base.artifactHash())
        || !Objects.equals(record.contractVersion(), base.contractVersion());
    Replayed r = replay(base, log, changedContract || repricing);
    if (changedContract) {
      records.contract(id, base.contractId(), base.contractVersion(), base.artifactHash());
      record = records.account(id).orElseThrow();
    }
    return new Loaded(new View(id, record, r.result(), List.copyOf(log), r.moot()), r.reapplied());
  }

  private PricingResult base(DeskRecords.Account record) {
    Account account;
    try {
      account = AccountYaml.readJson(record.accountJson());
    } catch (IllegalArgumentException e) {
      throw DeskException.of("bad-account", null, null, "account.unreadable", record.id(), e.getMessage());
    }
    return pricer.price(account);
  }

  /** Every decision not undone, in order; one that no longer applies is skipped and listed. */
  private static Replayed replay(PricingResult base, List<Entry> log, boolean checkMoot) {
    PricingResult r = base;
    List<Moot> moot = new ArrayList<>();
    int applied = 0;
    for (Entry e : log) {
      String op = e.operation().path("op").asText();
      if (e.undone() || op.equals("undo")) continue;
      try {
        Operation o = Operation.fromJson(e.operation());
        Operations.Applied a = Operations.apply(r, o);
        if (checkMoot && changesNoMoney(o) && a.result().totals().equals(r.totals())
            && samePaid(r, a.result())) {
          moot.add(new Moot(e.n(), e.operation(), Texts.M.get("moot.nothing")));
        }
        r = a.result();
        applied++;
      } catch (DeskException x) {
        moot.add(new Moot(e.n(), e.operation(), x.getMessage()));
      }
    }
    return new Replayed(r, List.copyOf(moot), applied);
  }

  private static boolean changesNoMoney(Operation o) {
    return !(o instanceof Operation.EditGlosa) && !(o instanceof Operation.Split);
  }

  private static boolean samePaid(PricingResult a, PricingResult b) {
    for (GuideResult g : b.guides()) {
      GuideResult old = null;
      for (GuideResult x : a.guides()) if (x.guide().number().equals(g.guide().number())) old = x;
      if (old == null || !old.totals().equals(g.totals())) return false;
    }
    return true;
  }

  /** The items that differ between two versions of an account (changed, added or gone), by guide and seq. */
  static List<Operations.ItemRef> differences(PricingResult before, PricingResult after) {
    Map<Operations.ItemRef, ItemResult> old = index(before);
    Map<Operations.ItemRef, ItemResult> now = index(after);
    List<Operations.ItemRef> out = new ArrayList<>();
    for (var e : now.entrySet()) if (!e.getValue().equals(old.get(e.getKey()))) out.add(e.getKey());
    for (var k : old.keySet()) if (!now.containsKey(k)) out.add(k);
    return out;
  }

  private static Map<Operations.ItemRef, ItemResult> index(PricingResult r) {
    Map<Operations.ItemRef, ItemResult> m = new LinkedHashMap<>();
    for (GuideResult g : r.guides()) for (ItemResult i : g.items()) m.put(new Operations.ItemRef(g.guide().number(), i.item().seq()), i);
    return m;
  }

  private static Entry undone(Entry e) {
    return new Entry(e.n(), e.auditor(), e.at(), e.operation(), e.summary(), e.why(), true);
  }

  private static DeskRecords.Decision decision(Entry e) {
    return new DeskRecords.Decision(e.n(), e.auditor(), e.at(), e.operation().toString(), e.summary(), e.why(),
        e.undone());
  }

  private static String text(Operation op) {
    var t = op.toJson().get("text");
    return t == null || t.isNull() || t.asText().isBlank() ? null : t.asText();
  }

  @Override
  public synchronized void close() {
    records.close();
  }
}
