package convenio.tiss;

import convenio.model.Money;
import convenio.model.Provider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An operator's demonstrativo de análise de conta as read from TISS: per protocol, guide and item, what was
 * presented (informado), processed, released (liberado) and glosed, with the glosa codes. This is what
 * {@code convenio recurso} starts from; values are exact money, codes as written.
 */
public record AnaliseConta(String operatorAns, String operatorName, String operatorCnpj, String number,
    LocalDate issued, Provider provider, List<Protocolo> protocols, Money informado, Money processado,
    Money liberado, Money glosa) {

  public AnaliseConta {
    protocols = List.copyOf(protocols);
  }

  /** A glosa reason without a value (of a protocol or a whole guide): code and the operator's text. */
  public record Motivo(String code, String description) {}

  /** A glosa on an item: code and value. */
  public record GlosaValor(String code, Money value) {}

  public record Protocolo(String loteNumber, String protocolNumber, LocalDate date, String status,
      Motivo glosa, List<GuiaAnalisada> guides, Money informado, Money processado, Money liberado, Money glosado) {
    public Protocolo {
      guides = List.copyOf(guides);
    }
  }

  public record GuiaAnalisada(String number, String operatorNumber, String authorizationNumber, String cardNumber,
      LocalDate start, LocalDate end, String status, List<Motivo> glosas, List<ItemAnalisado> items,
      Money informado, Money processado, Money liberado, Money glosado) {
    public GuiaAnalisada {
      glosas = List.copyOf(glosas);
      items = List.copyOf(items);
    }
  }

  public record ItemAnalisado(int seq, LocalDate date, String table, String code, String description,
      String degree, Money informado, BigDecimal quantity, Money processado, Money liberado, List<GlosaValor> glosas) {
    public ItemAnalisado {
      glosas = List.copyOf(glosas);
    }

    public Money glosado() {
      Money sum = Money.ZERO;
      for (GlosaValor g : glosas) sum = sum.plus(g.value());
      return sum;
    }
  }

  /** A glosed item with the guide it belongs to: the unit a recurso disputes. */
  public record GlosaItem(GuiaAnalisada guide, ItemAnalisado item, GlosaValor glosa) {}

  /** Every item glosa of every protocol, in document order. */
  public List<GlosaItem> glosas() {
    List<GlosaItem> all = new ArrayList<>();
    for (Protocolo p : protocols) {
      for (GuiaAnalisada g : p.guides()) {
        for (ItemAnalisado i : g.items()) {
          for (GlosaValor v : i.glosas()) all.add(new GlosaItem(g, i, v));
        }
      }
    }
    return all;
  }
}
