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
}
