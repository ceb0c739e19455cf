package convenio.bench.workload;

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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic lotes shaped like a hospital's month: 45% consultations (one item), 35% SP/SADT (1–8 exams and
 * therapies, some materials and medications), 20% hospitalizations (20–200 items: 1–4 surgical procedures billed
 * for the surgeon, auxiliaries and anaesthetist on access routes 2/3, daily rates, fees, gases, materials,
 * medications, sometimes OPME). Presented values are the contract price most of the time, above it (→ glosa 1705)
 * or below it otherwise; 1% of materials carry codes no table has (→ 1707); some SP/SADT guides repeat a
 * beneficiary on the same day with the daily-limited code (→ 1820). A TISS lote holds one guide type and at most 100
 * guides, so lotes are grouped that way. Same seed, same accounts.
 */
public final class AccountGenerator {
  public static final int CONSULTA_PER_LOTE = 100;
  public static final int SADT_PER_LOTE = 100;
  public static final int INTERNACAO_PER_LOTE = 50;
  static final Provider PROVIDER =
      new Provider(ContractText.PROVIDER_CODE, null, null, "HOSPITAL SINTETICO", "1234567");
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal FACTOR = new BigDecimal("1.00");

  private final PriceTables tables;
  private final SplittableRandom r;
  private int guideSeq;
  private int loteSeq;

  public AccountGenerator(PriceTables tables, long seed) {
    this.tables = tables;
    this.r = new SplittableRandom(seed);
  }

  /** About {@code guides} guides (rounded up to whole lotes per type), in lotes of one type each. */
  public List<Account> lotes(int guides) {
    List<Account> out = new ArrayList<>();
    int consultas = guides * 45 / 100;
    int sadts = guides * 35 / 100;
    int internacoes = guides - consultas - sadts;
    addLotes(out, GuideType.CONSULTA, consultas, CONSULTA_PER_LOTE);
    addLotes(out, GuideType.SP_SADT, sadts, SADT_PER_LOTE);
    addLotes(out, GuideType.RESUMO_INTERNACAO, internacoes, INTERNACAO_PER_LOTE);
    return out;
  }

  /**
   * Small guides like the peers' workload (the side-by-side run of plain Java, Drools and Convenio): SP/SADT guides of
   * 1–8 CBHPM procedures, one unit per line, a beneficiary each, access route 2 or 3 when there are several, presented
   * at the contract price or above or below it; lotes of 100 guides. Here the per-guide and per-lote costs weigh what
   * the items of a hospitalization hide.
   */
  public List<Account> smallGuideLotes(int guides) {
    List<Account> out = new ArrayList<>();
    for (int done = 0; done < guides; ) {
      int n = Math.min(SADT_PER_LOTE, guides - done);
      List<Guide> lote = new ArrayList<>(n);
      for (int i = 0; i < n; i++) lote.add(smallGuide());
      out.add(new Account(Integer.toString(++loteSeq), "4.03.00", ContractText.OPERATOR_ANS, PROVIDER,
          LocalDate.of(2025, 12, 5), lote));
      done += n;
    }
    return out;
  }

  private Guide smallGuide() {
    LocalDate day = day();
    int procedures = 1 + r.nextInt(8);
    String route = procedures == 1 ? null : r.nextBoolean() ? "2" : "3";
    List<Item> items = new ArrayList<>(procedures);
    for (int p = 0; p < procedures; p++) {
      int row = r.nextInt(PriceTables.CBHPM_ROWS);
      items.add(procedure(p + 1, "22", tables.cbhpmCodes[row], 1, day, null, route, null, presented(cbhpmUnit(row)),
          null));
    }
    return guide(GuideType.SP_SADT, beneficiary(), "1", "P" + guideSeq, day, day, items);
  }

  private void addLotes(List<Account> out, GuideType type, int count, int perLote) {
    for (int done = 0; done < count; ) {
      int n = Math.min(perLote, count - done);
      List<Guide> guides = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Guide previous = guides.isEmpty() ? null : guides.get(guides.size() - 1);
        guides.add(switch (type) {
          case CONSULTA -> consulta();
          case SP_SADT -> sadt(previous);
          default -> internacao();
        });
      }
      out.add(new Account(Integer.toString(++loteSeq), "4.03.00", ContractText.OPERATOR_ANS, PROVIDER,
          LocalDate.of(2025, 12, 5), guides));
      done += n;
    }
  }

  private Guide consulta() {
    LocalDate day = day();
    long unit = r.nextInt(100) < 90 ? 18_000 : 20_000; // some providers bill R$ 200,00 against R$ 180,00
    // A consultation guide carries no times (TISS guiaConsulta has none).
    Item item = procedure(1, "22", PriceTables.CONSULTATION, 1, day, null, null, null, unit, null);
    return guide(GuideType.CONSULTA, beneficiary(), null, null, day, day, List.of(item));
  }

  private Guide sadt(Guide previous) {
    // One guide in ten is the same patient coming back the same day: the daily limit then has something to count.
    boolean again = previous != null && r.nextInt(10) == 0;
    Beneficiary who = again ? previous.beneficiary() : beneficiary();
    LocalDate day = again ? previous.startDate() : day();
    String character = r.nextInt(5) == 0 ? "2" : "1";
    List<Item> items = new ArrayList<>();
    LocalTime time = LocalTime.of(r.nextInt(6, 22), 15);
    int procedures = 1 + r.nextInt(8);
    for (int p = 0; p < procedures; p++) {
      if (r.nextInt(12) == 0) {
        items.add(procedure(items.size() + 1, "22", PriceTables.LIMITED, 1 + r.nextInt(2), day, time, null, null,
            presented(4_500), null));
      } else {
        int row = tables.surgicalEnd + r.nextInt(PriceTables.CBHPM_ROWS - tables.surgicalEnd);
        int qty = r.nextInt(100) < 85 ? 1 : 2 + r.nextInt(2);
        items.add(procedure(items.size() + 1, "22", tables.cbhpmCodes[row], qty, day, time, null, null,
            presented(cbhpmUnit(row)), null));
      }
    }
    for (int m = r.nextInt(4); m > 0; m--) items.add(material(items.size() + 1, day));
    for (int m = r.nextInt(3); m > 0; m--) items.add(medication(items.size() + 1, day));
    return guide(GuideType.SP_SADT, who, character, "A" + guideSeq, day, day, items);
  }

  private Guide internacao() {
    LocalDate start = day();
    int days = 1 + r.nextInt(10);
    LocalDate end = start.plusDays(days);
    String character = r.nextInt(3) == 0 ? "2" : "1";
    int total = 20 + r.nextInt(181);
    List<Item> items = new ArrayList<>(total);
    String route = r.nextBoolean() ? "2" : "3";
    int surgeries = 1 + r.nextInt(4);
    LocalTime time = LocalTime.of(r.nextInt(0, 23), 30);
    for (int s = 0; s < surgeries && items.size() < total - 4; s++) {
      int row = tables.clinicalEnd + r.nextInt(tables.surgicalEnd - tables.clinicalEnd);
      long surgeon = presented(cbhpmUnit(row));
      String technique = r.nextInt(4) == 0 ? "2" : "1";
      items.add(teamLine(items.size() + 1, row, start, time, route, technique, "00", surgeon));
      if (r.nextInt(10) < 7) {
        items.add(teamLine(items.size() + 1, row, start, time, route, technique, "01", porteShare(row, 30)));
      }
      if (r.nextInt(10) < 3) {
        items.add(teamLine(items.size() + 1, row, start, time, route, technique, "02", porteShare(row, 20)));
      }
      if (r.nextInt(10) < 8) {
        items.add(teamLine(items.size() + 1, row, start, time, route, technique, "06",
            presented(tables.anestCents[row])));
      }
    }
    int ownRow = r.nextInt(PriceTables.DAILY_ROWS);
    items.add(own(items.size() + 1, ownRow, days, start));
    for (int f = 1 + r.nextInt(4); f > 0 && items.size() < total; f--) {
      int fee = PriceTables.DAILY_ROWS + r.nextInt(PriceTables.FEE_ROWS);
      items.add(own(items.size() + 1, fee, 1 + r.nextInt(2), start));
    }
    if (r.nextBoolean() && items.size() < total) {
      items.add(own(items.size() + 1, PriceTables.DAILY_ROWS + PriceTables.FEE_ROWS + r.nextInt(PriceTables.GAS_ROWS),
          1 + r.nextInt(12), start));
    }
    if (r.nextInt(20) == 0 && items.size() < total) items.add(opme(items.size() + 1, start));
    while (items.size() < total) {
      LocalDate on = start.plusDays(r.nextInt(days + 1));
      items.add(r.nextInt(100) < 62 ? material(items.size() + 1, on) : medication(items.size() + 1, on));
    }
    Guide g = guide(GuideType.RESUMO_INTERNACAO, beneficiary(), character, "S" + guideSeq, start, end, items);
    return new Guide(g.number(), g.operatorNumber(), g.mainGuideNumber(), g.type(), g.beneficiary(), g.executor(),
        g.character(), g.accommodation(), "4", "12", g.authorizationNumber(), g.authorizationDate(), start,
        LocalTime.of(8, 0), end, LocalTime.of(10, 0), g.presentedTotal(), items);
  }

  private Item teamLine(int seq, int row, LocalDate day, LocalTime time, String route, String technique, String degree,
      long unitCents) {
    TeamMember m = new TeamMember(degree, "PROFISSIONAL " + degree, "9" + (100_000 + r.nextInt(900_000)), "06",
        Integer.toString(10_000 + r.nextInt(90_000)), "35");
    return procedure(seq, "22", tables.cbhpmCodes[row], 1, day, time, route, technique, unitCents, m);
  }

  private Item procedure(int seq, String table, String code, int qty, LocalDate day, LocalTime time, String route,
      String technique, long unitCents, TeamMember member) {
    Money unit = Money.ofCents(unitCents);
    return new Item(seq, ItemKind.PROCEDURE, table, fresh(code), "PROCEDIMENTO " + code, BigDecimal.valueOf(qty),
        null, day, time, time == null ? null : time.plusMinutes(30), route, technique, FACTOR, unit, unit.times(qty),
        member == null ? null : member.degree(), member == null ? List.of() : List.of(member));
  }

  private Item material(int seq, LocalDate day) {
    String code;
    long unit;
    if (r.nextInt(100) == 0) {
      code = Codes.code("8", 7, r.nextInt(10_000_000)); // no table has it: unpriced (1707)
      unit = 1_000 + r.nextInt(10_000);
    } else {
      int row = r.nextInt(tables.materialRows());
      code = tables.simproCodes[row];
      unit = presented(tables.pfCents[row] * 115 / 100);
    }
    return expense(seq, ItemKind.MATERIAL, "19", code, BigDecimal.valueOf(1 + r.nextInt(20)), "036", unit, day);
  }

  private Item medication(int seq, LocalDate day) {
    int row = r.nextInt(PriceTables.BRASINDICE_ROWS);
    BigDecimal qty = r.nextInt(100) < 15 ? BigDecimal.valueOf(2 * r.nextInt(5) + 1, 1).multiply(new BigDecimal("5"))
        : BigDecimal.valueOf(1 + r.nextInt(10));
    return expense(seq, ItemKind.MEDICATION, "20", tables.brasindiceCodes[row], qty, "001",
        presented(tables.pmcCents[row] * 88 / 100), day);
  }

  private Item own(int seq, int row, int qty, LocalDate day) {
    return expense(seq, tables.propriosKind(row), "18", tables.propriosCodes[row], BigDecimal.valueOf(qty), "036",
        presented(tables.propriosCents[row]), day);
  }

  private Item opme(int seq, LocalDate day) {
    return expense(seq, ItemKind.OPME, "19", Codes.code("7", 7, 9_000_000 + r.nextInt(100_000)), ONE, "036",
        100_000 + r.nextLong(3_900_000), day); // R$ 1.000 to R$ 40.000; the contract caps at R$ 25.000
  }

  private Item expense(int seq, ItemKind kind, String table, String code, BigDecimal qty, String unitOfMeasure,
      long unitCents, LocalDate day) {
    Money unit = Money.ofCents(unitCents);
    return new Item(seq, kind, table, fresh(code), kind.languageName().toUpperCase() + " " + code, qty, unitOfMeasure,
        day, null, null, null, null, FACTOR, unit, unit.times(qty, RoundingMode.HALF_UP), null, List.of());
  }

  private Guide guide(GuideType type, Beneficiary who, String character, String authorization, LocalDate start,
      LocalDate end, List<Item> items) {
    guideSeq++;
    long total = 0;
    for (Item i : items) total += i.totalValue().cents();
    return new Guide(Integer.toString(1_000_000 + guideSeq), null, null, type, who, PROVIDER, character, null, null,
        null, authorization, authorization == null ? null : start.minusDays(1), start, null, end, null,
        Money.ofCents(total), items);
  }

  /**
   * A copy of the code with its own characters, as a reader parsing the XML would produce: an item must not share
   * the table's String, or a lookup would find it by identity and skip the comparison real input pays for.
   */
  private static String fresh(String code) {
    return String.valueOf(code.toCharArray());
  }

  private Beneficiary beneficiary() {
    return new Beneficiary("0" + (1_000_000_000_000_000L + r.nextLong(8_000_000_000_000_000L)), null, null, false);
  }

  private LocalDate day() {
    LocalDate d = LocalDate.of(2025, 1, 2).plusDays(r.nextInt(330));
    return d.getDayOfWeek() == DayOfWeek.SUNDAY && r.nextBoolean() ? d.plusDays(1) : d;
  }

  /** The contract unit price of a CBHPM row, rounded to the cent: porte × 1,10 + UCO × R$ 17,50. */
  long cbhpmUnit(int row) {
    return (tables.porteCents[row] * 110 + tables.ucoTenths[row] * 17_50L * 10 + 50) / 100;
  }

  /** An auxiliary's contract price: {@code percent} of the porte with the banda (10%), to the cent, half up. */
  long porteShare(int row, int percent) {
    return (tables.porteCents[row] * 110 * percent + 5_000) / 10_000;
  }

  /** 75% exactly the contract price, 15% above it by 5–30%, 10% below it by 5–20%. */
  private long presented(long contractCents) {
    int dice = r.nextInt(100);
    if (dice < 75) return contractCents;
    if (dice < 90) return contractCents * (105 + r.nextInt(26)) / 100;
    return contractCents * (80 + r.nextInt(16)) / 100;
  }
}
