package convenio.glosas;

import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.tiss.AnaliseConta;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The account as the provider presented it, rebuilt from an operator's demonstrativo de análise de conta: per guide and
 * item, the code, quantity, date and the value presented (valorInformado). A demonstrativo does not carry what the lote
 * said about times, access routes, technique, accommodation or the guide's type, so rules that depend on them see
 * them as absent; {@code recurso --lote} re-reads the original lote instead.
 */
final class DemonstrativoAccount {
  private DemonstrativoAccount() {}

  /** One account per protocol (a protocol answers one lote). */
  static Account of(AnaliseConta demo, AnaliseConta.Protocolo protocol) {
    List<Guide> guides = new ArrayList<>();
    for (AnaliseConta.GuiaAnalisada g : protocol.guides()) guides.add(guide(demo, g));
    return new Account(protocol.loteNumber(), null, demo.operatorAns(), demo.provider(), null, guides);
  }

  private static Guide guide(AnaliseConta demo, AnaliseConta.GuiaAnalisada g) {
    List<Item> items = new ArrayList<>();
    int position = 0;
    for (AnaliseConta.ItemAnalisado i : g.items()) {
      position++;
      BigDecimal qty = i.quantity() == null || i.quantity().signum() == 0 ? BigDecimal.ONE : i.quantity();
      Money total = i.informado() == null ? Money.ZERO : i.informado();
      // valorInformado is the line's total; the unit value is derived from it (the total stays exact).
      Money unit = Money.of(total.toBigDecimal().divide(qty, 2, RoundingMode.HALF_UP));
      items.add(new Item(i.seq() > 0 ? i.seq() : position, kind(i), i.table(), i.code(), i.description(), qty, null,
          i.date() != null ? i.date() : g.start(), null, null, null, null, null, unit, total, i.degree(), List.of()));
    }
    // A stay over several days is a hospitalization; a demonstrativo does not say the guide's type otherwise.
    GuideType type = g.start() != null && g.end() != null && g.end().isAfter(g.start())
        ? GuideType.RESUMO_INTERNACAO : GuideType.SP_SADT;
    Beneficiary who = g.cardNumber() == null ? null : new Beneficiary(g.cardNumber(), null, null, false);
    return new Guide(g.number(), g.operatorNumber(), null, type, who, demo.provider(), null, null, null, null,
        g.authorizationNumber(), null, g.start(), null, g.end(), null, g.informado(), items);
  }

  /**
   * The kind of item from its TISS table (dm_tabela): 19 materials, 20 medications, 22 procedures. Table 18 and the
   * provider's own tables (00, 98) hold fees, daily rates and gases alike; the description tells them apart, and
   * anything else is taken as a procedure.
   */
  static ItemKind kind(AnaliseConta.ItemAnalisado i) {
    String table = i.table() == null ? "" : i.table();
    switch (table) {
      case "19":
        return ItemKind.MATERIAL;
      case "20":
        return ItemKind.MEDICATION;
      case "22":
        return ItemKind.PROCEDURE;
      default:
        break;
    }
    String d = plain(i.description());
    if (d.contains("diaria")) return ItemKind.DAILY_RATE;
    if (d.contains("taxa") || d.contains("aluguel")) return ItemKind.FEE;
    if (d.contains("oxigenio") || d.contains("gas ") || d.contains("ar comprimido")) return ItemKind.GAS;
    if (d.contains("opme") || d.contains("protese") || d.contains("ortese")) return ItemKind.OPME;
    return table.equals("18") ? ItemKind.FEE : ItemKind.PROCEDURE;
  }

  private static String plain(String s) {
    if (s == null) return "";
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT) + " ";
  }
}
