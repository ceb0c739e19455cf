package convenio.spark;

import static convenio.spark.SparkTexts.M;

import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import convenio.model.TeamMember;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Accounts to rows of the account table ({@link AccountTable#SCHEMA}) and back. The rows of one account, in any
 * order, give back the account as presented: guides in {@code guide_pos} order, items in {@code item_pos} order. On
 * the way back the same values are filled in as the YAML/JSON reader fills in (docs/account-format.md): an item
 * without {@code seq} gets its position, without {@code kind} is a procedure, without {@code quantity} has quantity
 * 1, without {@code total_value} gets unit × quantity rounded half up, without {@code unit_value} total ÷ quantity.
 */
public final class AccountRows {
  private AccountRows() {}

  private static final int N = AccountTable.SCHEMA.size();

  static int at(String column) {
    return AccountTable.SCHEMA.fieldIndex(column);
  }

  private static final int ACCOUNT_ID = at("account_id"), GUIDE_POS = at("guide_pos"), ITEM_POS = at("item_pos");

  /** The rows of one account, in guide and item order. Dates are {@link LocalDate}s (Spark's Java 8 date API). */
  public static List<Row> rows(String accountId, Account a) {
    List<Row> out = new ArrayList<>();
    Provider p = a.provider();
    for (int g = 0; g < a.guides().size(); g++) {
      Guide guide = a.guides().get(g);
      Beneficiary b = guide.beneficiary();
      Provider e = guide.executor();
      for (int i = 0; i < guide.items().size(); i++) {
        Item item = guide.items().get(i);
        Object[] v = new Object[N];
        put(v, "account_id", accountId);
        put(v, "guide_pos", g);
        put(v, "item_pos", i);
        put(v, "lote_number", a.loteNumber());
        put(v, "tiss_version", a.tissVersion());
        put(v, "operator_ans", a.operatorAns());
        put(v, "sent_on", a.sentOn());
        if (p != null) {
          put(v, "provider_code", p.codeAtOperator());
          put(v, "provider_cnpj", p.cnpj());
          put(v, "provider_cpf", p.cpf());
          put(v, "provider_name", p.name());
          put(v, "provider_cnes", p.cnes());
        }
        put(v, "guide_number", guide.number());
        put(v, "guide_type", guide.type() == null ? null : guide.type().name());
        put(v, "guide_operator_number", guide.operatorNumber());
        put(v, "main_guide_number", guide.mainGuideNumber());
        put(v, "authorization_number", guide.authorizationNumber());
        put(v, "authorization_date", guide.authorizationDate());
        put(v, "character", guide.character());
        put(v, "accommodation", guide.accommodation());
        put(v, "billing_type", guide.billingType());
        put(v, "discharge_reason", guide.dischargeReason());
        put(v, "guide_start_date", guide.startDate());
        put(v, "guide_start_time", time(guide.startTime()));
        put(v, "guide_end_date", guide.endDate());
        put(v, "guide_end_time", time(guide.endTime()));
        put(v, "presented_total", money(guide.presentedTotal()));
        if (b != null) {
          put(v, "card_number", b.cardNumber());
          put(v, "beneficiary_name", b.name());
          put(v, "congenere", b.congenere());
          put(v, "newborn", b.newborn());
        }
        if (e != null) {
          put(v, "executor_code", e.codeAtOperator());
          put(v, "executor_cnpj", e.cnpj());
          put(v, "executor_cpf", e.cpf());
          put(v, "executor_name", e.name());
          put(v, "executor_cnes", e.cnes());
        }
        put(v, "seq", item.seq());
        put(v, "kind", item.kind() == null ? null : item.kind().name());
        put(v, "table", item.table());
        put(v, "code", item.code());
        put(v, "description", item.description());
        put(v, "quantity", scaled(item.quantity(), 4));
        put(v, "authorized_quantity", scaled(item.authorizedQuantity(), 4));
        put(v, "unit", item.unit());
        put(v, "date", item.date());
        put(v, "start_time", time(item.startTime()));
        put(v, "end_time", time(item.endTime()));
        put(v, "route", item.route());
        put(v, "technique", item.technique());
        put(v, "factor", scaled(item.factor(), 2));
        put(v, "unit_value", money(item.unitValue()));
        put(v, "total_value", money(item.totalValue()));
        put(v, "degree", item.degree());
        List<Row> team = new ArrayList<>();
        for (TeamMember m : item.team()) {
          team.add(RowFactory.create(m.degree(), m.name(), m.code(), m.council(), m.councilNumber(), m.state()));
        }
        put(v, "team", team.isEmpty() ? null : Seqs.of(team));
        out.add(RowFactory.create(v));
      }
    }
    return out;
  }

  private static void put(Object[] v, String column, Object value) {
    v[at(column)] = value;
  }

  private static String time(LocalTime t) {
    return t == null ? null : t.format(DateTimeFormatter.ISO_LOCAL_TIME);
  }

  static BigDecimal money(Money m) {
    return m == null ? null : m.toBigDecimal();
  }

  private static BigDecimal scaled(BigDecimal d, int scale) {
    return d == null ? null : d.setScale(scale, RoundingMode.UNNECESSARY);
  }

  /** The account of {@code rows} (all with one {@code account_id}), or a {@link BadRow} naming the row and column. */
  public static Account account(List<Row> rows) {
    List<Row> sorted = sorted(rows);
    Row first = sorted.get(0);
    List<Guide> guides = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    Row guideRow = first;
    for (Row r : sorted) {
      if (r.getInt(GUIDE_POS) != guideRow.getInt(GUIDE_POS)) {
        guides.add(guide(guideRow, items));
        items = new ArrayList<>();
        guideRow = r;
      }
      items.add(item(r, items.size() + 1));
    }
    guides.add(guide(guideRow, items));
    Provider provider = provider(first, "provider_code", "provider_cnpj", "provider_cpf", "provider_name",
        "provider_cnes");
    return new Account(str(first, "lote_number"), str(first, "tiss_version"), str(first, "operator_ans"), provider,
        date(first, "sent_on"), guides);
  }

  /** The rows in the account's order: by guide_pos, then item_pos. */
  static List<Row> sorted(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.<Row>comparingInt(r -> r.getInt(GUIDE_POS)).thenComparingInt(r -> r.getInt(ITEM_POS)));
    return sorted;
  }

  /** What a row presents: total_value, else unit_value × quantity rounded half up (null when it has neither). */
  static BigDecimal presented(Row r) {
    Money total = money(r, "total_value");
    if (total != null) return total.toBigDecimal();
    Money unit = money(r, "unit_value");
    BigDecimal qty = decimal(r, "quantity");
    return unit == null ? null : unit.times(qty == null ? BigDecimal.ONE : qty, RoundingMode.HALF_UP).toBigDecimal();
  }

  private static Guide guide(Row r, List<Item> items) {
    String card = str(r, "card_number");
    Beneficiary b = card == null && str(r, "beneficiary_name") == null ? null
        : new Beneficiary(card, str(r, "beneficiary_name"), str(r, "congenere"),
            !r.isNullAt(at("newborn")) && r.getBoolean(at("newborn")));
    Provider executor = provider(r, "executor_code", "executor_cnpj", "executor_cpf", "executor_name",
        "executor_cnes");
    return new Guide(str(r, "guide_number"), str(r, "guide_operator_number"), str(r, "main_guide_number"),
        guideType(r), b, executor, str(r, "character"), str(r, "accommodation"), str(r, "billing_type"),
        str(r, "discharge_reason"), str(r, "authorization_number"), date(r, "authorization_date"),
        date(r, "guide_start_date"), time(r, "guide_start_time"), date(r, "guide_end_date"),
        time(r, "guide_end_time"), money(r, "presented_total"), items);
  }

  private static Item item(Row r, int position) {
    int seq = r.isNullAt(at("seq")) ? position : r.getInt(at("seq"));
    ItemKind kind = kind(r);
    BigDecimal qty = decimal(r, "quantity");
    if (qty == null) qty = BigDecimal.ONE;
    Money unit = money(r, "unit_value");
    Money total = money(r, "total_value");
    if (unit == null && total == null) throw new BadRow(r, "unit_value", M.get("row.no.value"));
    if (total == null) total = unit.times(qty, RoundingMode.HALF_UP);
    if (unit == null) {
      if (qty.signum() == 0) throw new BadRow(r, "quantity", M.get("row.quantity.zero"));
      unit = Money.of(total.toBigDecimal().divide(qty, 2, RoundingMode.HALF_UP));
    }
    List<TeamMember> team = new ArrayList<>();
    if (!r.isNullAt(at("team"))) {
      for (Row m : r.<Row>getList(at("team"))) {
        team.add(new TeamMember(m.getString(0), m.getString(1), m.getString(2), m.getString(3), m.getString(4),
            m.getString(5)));
      }
    }
    String code = str(r, "code");
    if (code == null) throw new BadRow(r, "code", M.get("row.no.code"));
    return new Item(seq, kind, str(r, "table"), code, str(r, "description"), qty, str(r, "unit"), date(r, "date"),
        time(r, "start_time"), time(r, "end_time"), str(r, "route"), str(r, "technique"), decimal(r, "factor"), unit,
        total, str(r, "degree"), team, decimal(r, "authorized_quantity"));
  }

  private static Provider provider(Row r, String code, String cnpj, String cpf, String name, String cnes) {
    if (str(r, code) == null && str(r, cnpj) == null && str(r, cpf) == null && str(r, name) == null
        && str(r, cnes) == null) {
      return null;
    }
    return new Provider(str(r, code), str(r, cnpj), str(r, cpf), str(r, name), str(r, cnes));
  }

  private static GuideType guideType(Row r) {
    String t = str(r, "guide_type");
    if (t == null) throw new BadRow(r, "guide_type", M.get("row.no.type"));
    try {
      return GuideType.valueOf(t.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRow(r, "guide_type", M.get("row.not.one.of", t, List.of(GuideType.values())));
    }
  }

  private static ItemKind kind(Row r) {
    String k = str(r, "kind");
    if (k == null) return ItemKind.PROCEDURE;
    try {
      return ItemKind.valueOf(k.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRow(r, "kind", M.get("row.not.one.of", k, List.of(ItemKind.values())));
    }
  }

  private static String str(Row r, String column) {
    int i = at(column);
    return r.isNullAt(i) ? null : r.getString(i);
  }

  private static BigDecimal decimal(Row r, String column) {
    int i = at(column);
    return r.isNullAt(i) ? null : r.getDecimal(i);
  }

  private static Money money(Row r, String column) {
    BigDecimal d = decimal(r, column);
    return d == null ? null : Money.of(d); // the column is decimal(15,2): exact
  }

  private static LocalDate date(Row r, String column) {
    int i = at(column);
    if (r.isNullAt(i)) return null;
    Object d = r.get(i);
    return d instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) d;
  }

  private static LocalTime time(Row r, String column) {
    String t = str(r, column);
    if (t == null) return null;
    try {
      return LocalTime.parse(t.strip());
    } catch (DateTimeParseException e) {
      throw new BadRow(r, column, M.get("row.not.time", t));
    }
  }

  /** A value the model cannot take: the account it belongs to is not priced, and the message says why. */
  public static final class BadRow extends RuntimeException {
    BadRow(Row r, String column, String message) {
      super(M.get("row.where", r.getString(at("guide_number")), r.getInt(ITEM_POS), column, message));
    }
  }
}
