package convenio.api;

import convenio.model.Item;
import convenio.model.ItemKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which items of a guide a group glosa takes (Solus FAQ, "Glosas em grupos de serviços": marcar tudo, procedimentos,
 * taxas, mat/med, OPME, os de mesma data, os de mesmo código).
 */
public sealed interface Selection {
  boolean selects(Item item);

  Selection ALL = new Kinds("all", EnumSet.allOf(ItemKind.class));
  Selection PROCEDURES = new Kinds("procedures", EnumSet.of(ItemKind.PROCEDURE));
  /** Taxas and diárias. */
  Selection FEES = new Kinds("fees", EnumSet.of(ItemKind.FEE, ItemKind.DAILY_RATE));
  Selection MATMED = new Kinds("mat/med", EnumSet.of(ItemKind.MATERIAL, ItemKind.MEDICATION));
  Selection OPME = new Kinds("OPME", EnumSet.of(ItemKind.OPME));
  Selection GASES = new Kinds("gases", EnumSet.of(ItemKind.GAS));

  static Selection sameDate(LocalDate date) {
    return new SameDate(date);
  }

  static Selection sameCode(String code) {
    return new SameCode(code);
  }

  /** Items whose code is one of {@code codes}; a code ending in {@code *} matches every code that begins so. */
  static Selection codes(java.util.List<String> codes) {
    return new Codes(java.util.List.copyOf(codes));
  }

  record Codes(java.util.List<String> codes) implements Selection {
    public boolean selects(Item item) {
      String c = item.code();
      if (c == null) return false;
      for (String k : codes) {
        if (k.endsWith("*") ? c.startsWith(k.substring(0, k.length() - 1)) : c.equals(k)) return true;
      }
      return false;
    }

    @Override
    public String toString() {
      return "codes " + String.join(",", codes);
    }
  }

  record Kinds(String label, Set<ItemKind> kinds) implements Selection {
    public boolean selects(Item item) {
      return kinds.contains(item.kind());
    }

    @Override
    public String toString() {
      return label;
    }
  }

  record SameDate(LocalDate date) implements Selection {
    public boolean selects(Item item) {
      return date.equals(item.date());
    }

    @Override
    public String toString() {
      return "date " + date;
    }
  }

  record SameCode(String code) implements Selection {
    public boolean selects(Item item) {
      return code.equals(item.code());
    }

    @Override
    public String toString() {
      return "code " + code;
    }
  }
}
