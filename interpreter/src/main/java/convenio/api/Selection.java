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

  static Selection sameDate(LocalDate date) {
    return new SameDate(date);
  }

  static Selection sameCode(String code) {
    return new SameCode(code);
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
  }

  record SameCode(String code) implements Selection {
    public boolean selects(Item item) {
      return code.equals(item.code());
    }
  }
}
