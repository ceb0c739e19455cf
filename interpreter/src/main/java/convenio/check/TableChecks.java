package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.model.ItemKind;
import convenio.syntax.Decl;
import convenio.syntax.Header;
import convenio.syntax.Selector;
import convenio.syntax.Span;
import convenio.tables.LoadedTable;
import convenio.tables.TableLoader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Price table declarations: the TISS table type (dm_tabela), columns and inline rows, and the vigências of a table's
 * versions, which must not overlap for one congênere. Rows, inline or from files, are the table loader's to report
 * (convenio.tables.TableLoader), so they are reported once.
 */
final class TableChecks {
  private static final Messages M = Messages.of(TableChecks.class, "convenio.check.messages");
  /** dm_tabela of TISS 4.03.00: the table codes a price table can have. */
  static final Map<String, String> TISS_TYPES = new LinkedHashMap<>();

  static {
    // The values are bundle keys: the kinds of items each type is for, in the reader's language.
    TISS_TYPES.put("18", "tiss.type.18");
    TISS_TYPES.put("19", "tiss.type.19");
    TISS_TYPES.put("20", "tiss.type.20");
    TISS_TYPES.put("22", "tiss.type.22");
    TISS_TYPES.put("00", "tiss.type.00");
    TISS_TYPES.put("90", "tiss.type.90");
    TISS_TYPES.put("98", "tiss.type.98");
  }

  private final Diagnostics out;

  TableChecks(Diagnostics out) {
    this.out = out;
  }

  static Text typesHint() {
    return M.text("tiss.types.hint");
  }

  /** Reports an unknown TISS table code; true when it is known. */
  boolean tissType(String type, Span at) {
    if (type == null || TISS_TYPES.containsKey(type)) return true;
    Text hint = typesHint();
    if (type.length() == 1 && TISS_TYPES.containsKey("0" + type)) hint = M.text("domain.two.digits", type);
    out.add(Diagnostic.error("table-type", at, M.text("tiss.type.unknown", type), hint));
    return false;
  }

  /** @param contract the main file's header, or null for a module: versions outside its vigência are never used */
  void check(Map<String, List<Decl.Table>> tables, Header.Contract contract) {
    for (List<Decl.Table> versions : tables.values()) {
      for (Decl.Table t : versions) {
        version(t);
        if (contract != null) inForce(t, contract);
      }
      types(versions);
      vigencias(versions);
    }
  }

  private void version(Decl.Table t) {
    if (t.tissType() != null) tissType(t.tissType(), t.tissTypeSpan());
    if (t.effectiveFrom() != null && t.effectiveTo() != null && t.effectiveTo().isBefore(t.effectiveFrom())) {
      out.add(Diagnostic.error("vigencia", t.effectiveSpan(), M.text("table.vigencia.reversed", t.name(),
          t.effectiveTo(), t.effectiveFrom()), M.text("vigencia.reversed.hint", t.effectiveTo(), t.effectiveFrom())));
    }
    if (t.from() == null && t.rows() == null) {
      out.add(Diagnostic.error("table", t.span(), M.text("table.no.rows", t.name()), M.text("table.no.rows.hint", t.name())));
    } else if (t.from() != null && t.rows() != null) {
      out.add(Diagnostic.error("table", t.fromSpan(), M.text("table.rows.twice", t.name()), M.text("table.rows.twice.hint")));
    }
    Set<String> names = new HashSet<>();
    for (Decl.Column c : t.columns()) {
      if (!names.add(c.name())) {
        out.add(Diagnostic.error("duplicate", c.span(), M.text("table.column.twice", t.name(), c.name()),
            M.text("table.column.twice.hint")));
      }
    }
    if (!t.columns().isEmpty()) {
      Decl.Column key = t.columns().get(0);
      if (key.type() != Decl.ColumnType.CODE && key.type() != Decl.ColumnType.TEXT) {
        out.add(Diagnostic.error("table", key.span(), M.text("table.key.type", key.type().name().toLowerCase()),
            M.text("table.key.type.hint")));
      }
    }
  }

  private void types(List<Decl.Table> versions) {
    Decl.Table first = null;
    for (Decl.Table t : versions) {
      if (t.tissType() == null) continue;
      if (first == null) {
        first = t;
      } else if (!first.tissType().equals(t.tissType())) {
        out.add(Diagnostic.error("table-type", t.tissTypeSpan(), M.text("table.versions.type", t.name(), t.tissType(),
            first.tissType()), M.text("table.versions.type.hint")).withRelated(first.tissTypeSpan(),
            M.text("table.versions.type.note")));
      }
    }
  }

  /** Two versions of one table for the same congênere (or both for none) must not be in force on the same day. */
  private void vigencias(List<Decl.Table> versions) {
    for (int j = 0; j < versions.size(); j++) {
      Decl.Table b = versions.get(j);
      for (int i = 0; i < j; i++) {
        Decl.Table a = versions.get(i);
        if (!Objects.equals(a.congenere(), b.congenere())) continue;
        if (!overlaps(a, b)) continue;
        Decl.Table earlier = start(a).isAfter(start(b)) ? b : a;
        Decl.Table later = earlier == a ? b : a;
        Text hint = later.effectiveFrom() == null ? M.text("table.overlap.hint.dates")
            : M.text("table.overlap.hint.end", earlier.effectiveFrom() == null ? "…" : earlier.effectiveFrom(),
                later.effectiveFrom().minusDays(1));
        Span at = b.effectiveSpan() != null ? b.effectiveSpan() : b.span();
        Span other = a.effectiveSpan() != null ? a.effectiveSpan() : a.span();
        out.add(Diagnostic.error("vigencia", at, b.congenere() == null
            ? M.text("table.overlap", b.name(), range(a), range(b))
            : M.text("table.overlap.congenere", b.name(), b.congenere(), range(a), range(b)), hint)
            .withRelated(other, M.text("table.other.version")));
        break;
      }
    }
  }

  private void inForce(Decl.Table t, Header.Contract c) {
    if (c.effectiveFrom() == null || t.effectiveFrom() == null) return;
    LocalDate contractEnd = c.effectiveTo() == null ? LocalDate.MAX : c.effectiveTo();
    if (end(t).isBefore(c.effectiveFrom()) || t.effectiveFrom().isAfter(contractEnd)) {
      out.add(Diagnostic.warning("vigencia", t.effectiveSpan(), M.text("table.outside.contract", t.name(), range(t),
          c.effectiveFrom(), c.effectiveTo() == null ? "" : c.effectiveTo()), M.text("table.outside.contract.hint")));
    }
  }

  /**
   * A price rule that takes its price from a TISS table of another kind of item (materials from the procedures
   * table) prices nothing it means to: the table's codes are of other items. Own tables (00, 90, 98) hold anything.
   */
  void kinds(Selector s, List<Decl.Table> versions, Span at) {
    Decl.Table first = versions.get(0);
    Set<ItemKind> fits = switch (first.tissType() == null ? "" : first.tissType()) {
      case "18" -> Set.of(ItemKind.DAILY_RATE, ItemKind.FEE, ItemKind.GAS);
      case "19" -> Set.of(ItemKind.MATERIAL, ItemKind.OPME);
      case "20" -> Set.of(ItemKind.MEDICATION);
      case "22" -> Set.of(ItemKind.PROCEDURE);
      default -> null;
    };
    if (fits == null || s.kinds().size() == ItemKind.values().length) return;
    for (ItemKind k : s.kinds()) {
      if (!fits.contains(k)) {
        out.add(Diagnostic.warning("table-type", at, M.text("table.kind.mismatch", k.languageName(), first.name(),
            first.tissType(), M.text(TISS_TYPES.get(first.tissType()))), M.text("table.kind.mismatch.hint")).withRelated(
            first.tissTypeSpan() != null ? first.tissTypeSpan() : first.span(), M.text("table.kind.mismatch.note")));
        return;
      }
    }
  }

  private static boolean overlaps(Decl.Table a, Decl.Table b) {
    return !start(a).isAfter(end(b)) && !start(b).isAfter(end(a));
  }

  private static LocalDate start(Decl.Table t) {
    return t.effectiveFrom() == null ? LocalDate.MIN : t.effectiveFrom();
  }

  private static LocalDate end(Decl.Table t) {
    return t.effectiveTo() == null ? LocalDate.MAX : t.effectiveTo();
  }

  private static String range(Decl.Table t) {
    if (t.effectiveFrom() == null) return "with no vigência";
    return t.effectiveTo() == null ? "from " + t.effectiveFrom() + " on" : t.effectiveFrom() + " .. " + t.effectiveTo();
  }

  /** The codes of each table, when every version's rows are known (inline, or read by the loader); else absent. */
  static Map<String, Set<String>> codes(Map<String, List<Decl.Table>> tables, TableLoader.Result loaded) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    next:
    for (Map.Entry<String, List<Decl.Table>> e : tables.entrySet()) {
      Set<String> codes = new LinkedHashSet<>();
      for (Decl.Table t : e.getValue()) {
        LoadedTable lt = loaded == null ? null : loaded.tables().get(t);
        if (lt != null) {
          codes.addAll(List.of(lt.keys()));
        } else if (t.rows() != null && t.from() == null) {
          for (Decl.Row r : t.rows()) if (!r.cells().isEmpty()) codes.add(String.valueOf(r.cells().get(0).value()));
        } else {
          continue next;
        }
      }
      out.put(e.getKey(), codes);
    }
    return out;
  }
}
