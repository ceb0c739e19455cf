package convenio.common;

/**
 * The TISS codes the engine itself acts on (every other code is data a contract or the standard library names).
 * Codes are texts, as the TISS XML schema (tissSimpleTypes) writes them.
 */
public final class Tiss {
  private Tiss() {}

  /**
   * TUSS table 35 (grau de participação, dm_grauPart) code 06, the anaesthetist: always paid the porte anestésico of
   * the price table (Solus FAQ; CBHPM "Instruções Gerais Específicas para a Anestesiologia"), so never ranked among the
   * procedures of a multiple surgery, and a contract that prices other degrees must say how it prices this one.
   */
  public static final String DEGREE_ANAESTHETIST = "06";

  /**
   * TUSS table 61 (via de acesso, dm_viaDeAcesso) code 3, "diferentes vias": procedures through different access
   * routes take the different-route percentages of a multiple-procedure schedule (1 única, 2 mesma via).
   */
  public static final String ROUTE_DIFFERENT = "3";

  /** TISS table 38 (dm_tipoGlosa) code 1705, "valor apresentado a maior": the default glosa for excess. */
  public static final String GLOSA_EXCESS = "1705";

  /**
   * TISS table 38 (dm_tipoGlosa) code 1707, "não existe informação sobre a tabela que será utilizada na valoração":
   * the default glosa for an item no rule of the contract prices.
   */
  public static final String GLOSA_UNPRICED = "1707";

  /** TISS table 38 code 2605, "não cabe pagamento do honorário integral por ser a mesma via de acesso cirúrgico". */
  public static final String GLOSA_SAME_ROUTE = "2605";

  /** TISS table 38 code 1837, "não cabe pagamento do honorário integral por ser via de acesso cirúrgico diferente". */
  public static final String GLOSA_DIFFERENT_ROUTE = "1837";

  /**
   * TISS table 38 code 1827, "cobrança de outro procedimento em outra guia, na mesma data, pelo mesmo profissional com
   * mesmo grau de participação - liberado valor referente à via de acesso do procedimento secundário".
   */
  public static final String GLOSA_ROUTE_OTHER_GUIDE = "1827";

  /** TISS table 38 code 1711, "procedimento pertence a um pacote acordado e já cobrado": for procedures only. */
  public static final String GLOSA_PACKAGE_PROCEDURE = "1711";

  /**
   * The table-38 code of an item a package includes, by the item's kind: 2011 material, 2111 medication, 2211 OPME,
   * 2413 taxa ("cobrança de … inclusa no pacote negociado"), 3108 "item incluso no pacote negociado" for the kinds
   * with no code of their own (daily rates, gases), 1711 procedure.
   */
  public static String packageGlosaFor(convenio.model.ItemKind kind) {
    return switch (kind) {
      case PROCEDURE -> GLOSA_PACKAGE_PROCEDURE;
      case MATERIAL -> "2011";
      case MEDICATION -> "2111";
      case OPME -> "2211";
      case FEE -> "2413";
      case DAILY_RATE, GAS -> "3108";
    };
  }
}
