package convenio.tiss;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TISS release a message may declare in {@code cabecalho/Padrao}, and the published schema set it is checked
 * against. This registry and {@link TissBinding} are the one seam for releases: supporting the next release means
 * copying its schema folder into {@code resources/tiss/xsd/}, adding a line here and, only if its guide structure
 * changed, a binding.
 *
 * @param padrao        the value of Padrao, e.g. {@code 4.02.00}
 * @param schemaRelease the schema set kept for it, e.g. {@code 4.03.00} for 4.02.00 (never published)
 */
public record TissRelease(String padrao, String schemaRelease) {

  private static final Map<String, TissRelease> KNOWN = new LinkedHashMap<>();

  static {
    register("3.05.00", "3.05.00");
    register("4.00.00", "4.00.00");
    register("4.00.01", "4.00.01");
    register("4.01.00", "4.01.00");
    // 4.02.00 was not found published; 4.03.00's dm_versao accepts it and it is the closest set.
    register("4.02.00", "4.03.00");
    register("4.03.00", "4.03.00");
  }

  /** The release this project writes and binds. */
  public static final TissRelease CURRENT = KNOWN.get("4.03.00");

  private static void register(String padrao, String schemaRelease) {
    KNOWN.put(padrao, new TissRelease(padrao, schemaRelease));
  }

  public static Optional<TissRelease> of(String padrao) {
    return Optional.ofNullable(padrao == null ? null : KNOWN.get(padrao.strip()));
  }

  public static List<TissRelease> known() {
    return List.copyOf(KNOWN.values());
  }

  /** Classpath location of the main schema of {@link #schemaRelease}: {@code tiss/xsd/4.03.00/tissV4_03_00.xsd}. */
  public String schemaResource() {
    return "tiss/xsd/" + schemaRelease + "/tissV" + schemaRelease.replace('.', '_') + ".xsd";
  }

  /** Classpath location of the simple types (the dm_* domain enumerations) of {@link #schemaRelease}. */
  public String simpleTypesResource() {
    return "tiss/xsd/" + schemaRelease + "/tissSimpleTypesV" + schemaRelease.replace('.', '_') + ".xsd";
  }
}
