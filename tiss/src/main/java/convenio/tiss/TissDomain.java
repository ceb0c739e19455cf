package convenio.tiss;

import convenio.model.GlosaGroup;
import convenio.tiss.domain.Csv;
import convenio.tiss.domain.SchemaEnumerations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TISS domain tables of one release: which codes exist comes from the enumerations of that release's schema
 * (read from the kept XSD), their descriptions from the ANS comments extracted to {@code tiss/tables/*.csv}, the
 * glosa groups from the 3.0x table 30 and {@code glosa-classes.csv}. Immutable and shared; load with
 * {@link #current()} or {@link #of(TissRelease)}.
 */
public final class TissDomain {
  private static final Map<String, TissDomain> CACHE = new ConcurrentHashMap<>();

  private final String release;
  private final Map<String, DomainTable> tables;
  private final Map<String, Set<String>> elementTypes;
  private final Map<String, String[]> glosaClasses; // prefix → {group, class}

  private TissDomain(String release) {
    this.release = release;
    SchemaEnumerations schema = SchemaEnumerations.load("tiss/xsd/" + release, release);
    Map<String, String> titles = new HashMap<>();
    List<List<String>> index = Csv.rows("tiss/tables/INDEX.csv");
    if (index != null) for (List<String> row : index) titles.put(row.get(1), row.get(4));
    Map<String, DomainTable> t = new LinkedHashMap<>();
    schema.codes().forEach((type, codes) -> t.put(type, table(type, titles.getOrDefault(type, type), codes)));
    this.tables = Map.copyOf(t);
    this.elementTypes = Map.copyOf(schema.elementTypes());
    Map<String, String[]> classes = new HashMap<>();
    for (List<String> row : Csv.rows("tiss/tables/glosa-classes.csv")) {
      classes.put(row.get(0), new String[] {row.get(1), row.get(2)});
    }
    this.glosaClasses = Map.copyOf(classes);
  }

  private static DomainTable table(String type, String title, Set<String> codes) {
    Map<String, String> descriptions = new HashMap<>();
    List<CodeEntry> inactive = new ArrayList<>();
    List<List<String>> rows = Csv.rows("tiss/tables/" + type + ".csv");
    if (rows != null) {
      for (List<String> row : rows) {
        descriptions.putIfAbsent(row.get(0), row.get(1));
        if (!codes.contains(row.get(0))) inactive.add(new CodeEntry(row.get(0), row.get(1), false));
      }
    }
    List<CodeEntry> entries = new ArrayList<>();
    for (String code : codes) entries.add(new CodeEntry(code, descriptions.getOrDefault(code, ""), true));
    entries.addAll(inactive);
    return new DomainTable(type, title, entries);
  }

  /** The tables of the current release (4.03.00). */
  public static TissDomain current() {
    return of(TissRelease.CURRENT);
  }

  /** The tables of the schema set kept for a release (4.02.00 → the 4.03.00 set). */
  public static TissDomain of(TissRelease release) {
    return CACHE.computeIfAbsent(release.schemaRelease(), TissDomain::new);
  }

  /** The schema release the tables were read from. */
  public String release() {
    return release;
  }

  /** Names of every enumerated dm type of the release. */
  public Set<String> tableNames() {
    return tables.keySet();
  }

  /** A table by its simple type name ({@code dm_grauPart}); empty when the release has no such enumeration. */
  public Optional<DomainTable> table(String dmName) {
    return Optional.ofNullable(tables.get(dmName));
  }

  private DomainTable required(String dmName) {
    DomainTable t = tables.get(dmName);
    if (t == null) throw new IllegalStateException("release " + release + " has no enumeration " + dmName);
    return t;
  }

  /** The dm types an element of this name is declared with in the release's schema (empty if none). */
  public Set<String> domainsOf(String elementName) {
    return elementTypes.getOrDefault(elementName, Set.of());
  }

  // The tables the engine needs, by their TISS meaning.

  /** Table 38: glosas, negativas and other messages. */
  public DomainTable glosas() {
    return required("dm_tipoGlosa");
  }

  /** Table 35: degree of participation (00 cirurgião … 13 intensivista). */
  public DomainTable grauParticipacao() {
    return required("dm_grauPart");
  }

  /** Table 61: access route (1 única, 2 mesma via, 3 diferentes vias). */
  public DomainTable viaDeAcesso() {
    return required("dm_viaDeAcesso");
  }

  /** Table 48: technique (1 convencional, 2 videolaparoscopia, 3 robótica). */
  public DomainTable tecnicaUtilizada() {
    return required("dm_tecnicaUtilizada");
  }

  /** Table 23: character of care (1 eletiva, 2 urgência/emergência). */
  public DomainTable caraterAtendimento() {
    return required("dm_caraterAtendimento");
  }

  public DomainTable tipoAcomodacao() {
    return required("dm_tipoAcomodacao");
  }

  /** Table 25: expense kind of an outra despesa (01 gases … 08 OPME). */
  public DomainTable outrasDespesas() {
    return required("dm_outrasDespesas");
  }

  public DomainTable unidadeMedida() {
    return required("dm_unidadeMedida");
  }

  /** Table 39: reason the hospitalization ended. */
  public DomainTable motivoSaida() {
    return required("dm_motivoSaida");
  }

  /** 1 parcial, 2 final, 3 complementar, 4 total. */
  public DomainTable tipoFaturamento() {
    return required("dm_tipoFaturamento");
  }

  /** Table 87: the code table of a procedure or item (18, 19, 20, 22, 00, 90, 98). */
  public DomainTable tabela() {
    return required("dm_tabela");
  }

  /** A glosa code with its description, group and default class; empty when table 38 lacks it. */
  public Optional<GlosaCode> glosa(String code) {
    return glosas().get(code).filter(CodeEntry::active)
        .map(e -> new GlosaCode(e.code(), e.description(), glosaGroupName(code), glosaGroup(code)));
  }

  /**
   * The default class of a glosa code by its range (10xx–17xx administrative, 18xx–28xx technical, …; see
   * tables/glosa-classes.csv). Codes outside every listed range (e.g. the operators' own 99xx) are administrative.
   */
  public GlosaGroup glosaGroup(String code) {
    String[] c = code != null && code.length() >= 2 ? glosaClasses.get(code.substring(0, 2)) : null;
    return c == null ? GlosaGroup.ADMINISTRATIVE : GlosaGroup.valueOf(c[1]);
  }

  /** The message group of a glosa code's range (Elegibilidade, Material, …), or null when none is known. */
  public String glosaGroupName(String code) {
    String[] c = code != null && code.length() >= 2 ? glosaClasses.get(code.substring(0, 2)) : null;
    return c == null ? null : c[0];
  }
}
