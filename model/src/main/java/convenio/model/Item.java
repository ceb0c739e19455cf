package convenio.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One billed line of a guide: a procedure or an "outra despesa". Codes stay as TISS writes them
 * (strings, leading zeros kept); values are what the provider presented.
 *
 * @param seq        1-based position of the line in its guide (TISS sequencialItem when present)
 * @param table      TISS table code (dm_tabela: 22 procedures, 18 fees/daily rates, 19 materials, 20 medications, 00, 98)
 * @param route      access route (dm_viaDeAcesso: 1 single, 2 same route, 3 different routes), or null
 * @param technique  dm_tecnicaUtilizada: 1 conventional, 2 video, 3 robotic, or null
 * @param factor     reducaoAcrescimo as presented (1.00 = none), or null
 * @param degree     the degree of participation this line is billed for (dm_grauPart), or null
 * @param authorizedQuantity the quantity the operator authorized for this line, where the account carries it (the
 *                   TISS billing guides of 4.03.00 do not: it is in the authorization's reply, quantidadeAutorizada of
 *                   ct_procedimentoAutorizado), or null when unknown
 */
public record Item(
    int seq,
    ItemKind kind,
    String table,
    String code,
    String description,
    BigDecimal quantity,
    String unit,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    String route,
    String technique,
    BigDecimal factor,
    Money unitValue,
    Money totalValue,
    String degree,
    List<TeamMember> team,
    BigDecimal authorizedQuantity) {

  public Item {
    team = team == null ? List.of() : List.copyOf(team);
  }

  /** An item whose authorized quantity is unknown (what a TISS billing guide carries). */
  public Item(int seq, ItemKind kind, String table, String code, String description, BigDecimal quantity, String unit,
      LocalDate date, LocalTime startTime, LocalTime endTime, String route, String technique, BigDecimal factor,
      Money unitValue, Money totalValue, String degree, List<TeamMember> team) {
    this(seq, kind, table, code, description, quantity, unit, date, startTime, endTime, route, technique, factor,
        unitValue, totalValue, degree, team, null);
  }

  /** A convenience for tests and hand-written accounts. */
  public static Item of(int seq, ItemKind kind, String table, String code, BigDecimal qty, Money unit, LocalDate date) {
    return new Item(seq, kind, table, code, null, qty, null, date, null, null, null, null, null, unit,
        unit.times(qty, RoundingMode.HALF_UP), null, List.of());
  }

  public Item withSeq(int newSeq) {
    return new Item(newSeq, kind, table, code, description, quantity, unit, date, startTime, endTime, route,
        technique, factor, unitValue, totalValue, degree, team, authorizedQuantity);
  }

  public Item withQuantityAndValues(BigDecimal qty, Money unit, Money total, LocalDate onDate) {
    return new Item(seq, kind, table, code, description, qty, this.unit, onDate, startTime, endTime, route,
        technique, factor, unit, total, degree, team, authorizedQuantity);
  }
}
