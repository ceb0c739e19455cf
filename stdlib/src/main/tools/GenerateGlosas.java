import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes std/tiss/glosas.convenio from the TISS table-38 CSVs in stdlib/src/main/data (see SOURCES.md there).
 * Not run by the build: the generated module is committed, and GlosasModuleTest (tests module) re-reads the CSV to
 * make sure the two never drift. Run from the repository root:
 *
 * <pre>java stdlib/src/main/tools/GenerateGlosas.java</pre>
 *
 * The classification rule (administrative / technical) lives here and is copied into the generated file's header,
 * so an analyst reading the module sees why a code has its group.
 */
public final class GenerateGlosas {
  static final Path DATA = Path.of("stdlib/src/main/data");
  static final Path OUT = Path.of("stdlib/src/main/resources/std/tiss/glosas.convenio");
  /** The same justifications as data, for the engine to read without parsing the module (so that loading a contract never parses it). */
  static final Path INDEX = Path.of("stdlib/src/main/resources/std/tiss/glosas.index.tsv");
  static final int MAX_NAME = 60;

  /** 3.0x table-30 themes (as spelled there, spaces removed) that are administrative; every other theme is technical. */
  static final Set<String> ADMINISTRATIVE_THEMES = Set.of(
      "Elegibilidade", "Protocolo", "Prestador", "Guia", "Autorização/Solicitação", "Diagnóstico", "Atendimento",
      "RegradeValorização", "Pacotes", "Revisãodeglosa", "MensagensdeSistema");

  /** Theme by the code's hundred (the groups of TISS 3.0x table 30) for 4.03 codes that the 3.0x table does not list. */
  static final Map<String, String> THEME_BY_HUNDRED = Map.ofEntries(
      Map.entry("10", "Elegibilidade"), Map.entry("11", "Protocolo"), Map.entry("12", "Prestador"),
      Map.entry("13", "Guia"), Map.entry("14", "Autorização/Solicitação"), Map.entry("15", "Diagnóstico"),
      Map.entry("16", "Atendimento"), Map.entry("17", "RegradeValorização"), Map.entry("18", "Procedimento"),
      Map.entry("19", "Diária"), Map.entry("20", "Material"), Map.entry("21", "Medicamento"),
      Map.entry("22", "OPM"), Map.entry("23", "GasesMedicinais"), Map.entry("24", "Taxasealuguéis"),
      Map.entry("25", "ProcedimentosemSérie"), Map.entry("26", "Honorários"), Map.entry("27", "Exames"),
      Map.entry("28", "Pacotes"), Map.entry("29", "Revisãodeglosa"), Map.entry("30", "Odontologia"),
      Map.entry("50", "MensagensdeSistema"));

  /** Words that make a code technical whatever its theme: the reason is a clinical / technical judgement. */
  static final List<String> TECHNICAL_WORDS = List.of("TECNIC", "CLINIC", "JUNTA MEDICA");

  /** Words that make a code administrative: authorization, deadlines, contract, table, package, duplicate billing. */
  static final List<String> ADMINISTRATIVE_WORDS = List.of(
      "AUTORIZ", "SENHA", "PRAZO", "VIGENCIA", "CONTRAT", "NEGOCIA", "TABELA", "PACOTE", "DUPLICIDADE");

  /** For 31xx–33xx (new in 4.x, no theme anywhere): technical when the reason is about the care itself. */
  static final List<String> CARE_WORDS = List.of(
      "IMAGEM", "RADIOGRAF", "TRATAMENTO", "QUANTIDADE", "QUANTITATIVO", "INCOMPATIVEL", "NAO UTILIZADO", "INCLUSO",
      "PRESCRI", "DIAGNOSTICO", "AUDITORIA", "DIRETRIZ", "FRACIONAMENTO", "PERMANENCIA", "ANESTES", "IMPLANTE",
      "PROTESE", "DENTE", "ENXERTO", "FOTOGRAFIA", "NAO CORRESPONDE", "EXODONTIA", "ESTETICA", "UTI", "OBRIGATORIO",
      "REPROCESSAMENTO", "DESCARTAVEL", "EXAME", "RELATORIO", "JUSTIFICATIVA", "INDICACAO", "CONDUTO", "ENDODON",
      "ORTODON", "FINALIDADE", "NECESSIDADE", "CONDICAO");

  /** The aliases contracts use (docs/language.md examples); the checker allows two names for one code. */
  static final Map<String, String> ALIASES = aliases();

  static Map<String, String> aliases() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("VALOR_APRESENTADO_A_MAIOR", "1705");
    // 1711 is the procedure's code; a package rule that names it glosses each included item by its kind (2011
    // material, 2111 medication, 2211 OPME, 2413 taxa, 3108 other), see docs/language.md "Packages".
    m.put("ITEM_INCLUSO_NO_PACOTE", "1711");
    // 1403 "não existe informação sobre a senha de autorização": what `require authorization` sees (no number).
    m.put("PROCEDIMENTO_SEM_AUTORIZACAO", "1403");
    // 1820 "cobrança de procedimento em quantidade acima da máxima permitida/autorizada": a billed quantity above a
    // contractual limit (1423 is about the quantity requested in a solicitation, not billed); 3210 the same for any
    // item and above the authorized quantity.
    m.put("QUANTIDADE_ACIMA_DO_PERMITIDO", "1820");
    m.put("QUANTIDADE_ACIMA_DA_AUTORIZADA", "3210");
    m.put("COBRANCA_EM_DUPLICIDADE", "1702");
    m.put("SEM_TABELA_DE_VALORACAO", "1707");
    return m;
  }

  record Code(String code, String text, String theme, String themeSource, boolean administrative, String why) {}

  public static void main(String[] args) throws IOException {
    List<String[]> v4 = csv(DATA.resolve("dm_tipoGlosa.csv"));
    List<String[]> v3 = csv(DATA.resolve("30-glosas-negativas-e-demais-mensagens.csv"));
    Map<String, String> themeOf = new HashMap<>();
    for (String[] r : v3.subList(1, v3.size())) {
      if (r.length >= 2 && r[1].matches("\\d{4}")) themeOf.put(r[1], r[0].replace(" ", ""));
    }
    List<Code> codes = new ArrayList<>();
    for (String[] r : v4.subList(1, v4.size())) {
      String code = r[0], text = r[1];
      String theme = themeOf.get(code), source = "3.0x";
      if (theme == null) {
        theme = THEME_BY_HUNDRED.get(code.substring(0, 2));
        source = theme == null ? "none" : "hundred";
      }
      codes.add(classify(code, text, theme, source));
    }
    Map<String, String> names = names(codes);
    Files.writeString(OUT, render(codes, names), StandardCharsets.UTF_8);
    Files.writeString(INDEX, index(codes, names), StandardCharsets.UTF_8);
    System.out.println("wrote " + OUT + ": " + codes.size() + " codes, " + ALIASES.size() + " aliases");
  }

  /**
   * One line per code, {@code code TAB name TAB group TAB text}, the name being the module's first declaration of
   * the code (an alias when there is one), as the module would give it.
   */
  static String index(List<Code> codes, Map<String, String> names) {
    Map<String, Code> byCode = new HashMap<>();
    for (Code c : codes) byCode.put(c.code(), c);
    Map<String, String> nameOf = new LinkedHashMap<>();
    for (Map.Entry<String, String> a : ALIASES.entrySet()) nameOf.putIfAbsent(a.getValue(), a.getKey());
    for (Code c : codes) nameOf.putIfAbsent(c.code(), names.get(c.code()));
    StringBuilder b = new StringBuilder("# GENERATED by stdlib/src/main/tools/GenerateGlosas.java with glosas.convenio;"
        + " code, name, group, text\n");
    for (Code c : codes) {
      b.append(c.code()).append('\t').append(nameOf.get(c.code())).append('\t')
          .append(c.administrative() ? "administrative" : "technical").append('\t').append(c.text()).append('\n');
    }
    return b.toString();
  }

  static Code classify(String code, String text, String theme, String source) {
    String plain = fold(text);
    for (String w : TECHNICAL_WORDS) if (plain.contains(w)) return new Code(code, text, theme, source, false, "word " + w);
    for (String w : ADMINISTRATIVE_WORDS) if (plain.contains(w)) return new Code(code, text, theme, source, true, "word " + w);
    if (theme != null) return new Code(code, text, theme, source, ADMINISTRATIVE_THEMES.contains(theme), "theme");
    for (String w : CARE_WORDS) if (plain.contains(w)) return new Code(code, text, null, source, false, "care word " + w);
    return new Code(code, text, null, source, true, "no theme, no care word");
  }

  /** UPPER_SNAKE without accents, cut at a word boundary; a name already taken gets the code as a suffix. */
  static Map<String, String> names(List<Code> codes) {
    Map<String, String> byCode = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Code c : codes) {
      String n = fold(c.text()).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
      if (n.length() > MAX_NAME) {
        int cut = n.lastIndexOf('_', MAX_NAME);
        n = n.substring(0, cut > 20 ? cut : MAX_NAME);
        // a cut name should not end on a connective ("…_INCOMPATIVEL_COM_A"): drop them
        n = n.replaceAll("(_(A|O|E|AS|OS|AO|DE|DA|DO|DAS|DOS|EM|NO|NA|NOS|NAS|COM|PARA|POR|OU|QUE|SEM|PELO|PELA))+$", "");
      }
      if (n.isEmpty() || Character.isDigit(n.charAt(0))) n = "GLOSA_" + n;
      if (!taken.add(n)) {
        n = n + "_" + c.code();
        taken.add(n);
      }
      byCode.put(c.code(), n);
    }
    return byCode;
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.toUpperCase(Locale.ROOT);
  }

  static String render(List<Code> codes, Map<String, String> names) {
    StringBuilder b = new StringBuilder();
    b.append("""
        module std.tiss.glosas

        // GENERATED by stdlib/src/main/tools/GenerateGlosas.java from stdlib/src/main/data (see SOURCES.md there).
        // Do not edit by hand: change the generator or the data and run it again; GlosasModuleTest checks that every
        // code of the CSV is here with its exact text.
        //
        // Every code of TISS 4.03.00 table 38 (dm_tipoGlosa) as a justification: NAME = "code" group "ANS text".
        // Names: the ANS text without accents in UPPER_SNAKE, cut at a word boundary at 60 characters (and
        // without a trailing connective such as _DE or _COM_A); when two codes
        // give the same name (e.g. 1507 and 3309 "URGÊNCIA/EMERGÊNCIA NÃO APLICÁVEL") the lower code keeps the plain
        // name and the others get _CODE appended.
        //
        // Group (administrative / technical). TISS itself does not classify codes; glosa studies (Enfermagem Brasil 2022;21(2)) define
        // administrative = failures of billing or contractual process (authorization, contract, tables, deadlines,
        // registration) and technical = about the care presented (pertinence, quantities, documentation). Rule, first
        // match wins:
        //  1. the text names a technical/clinical judgement (TÉCNIC, CLÍNIC, JUNTA MÉDICA)        -> technical
        //  2. the text names authorization, senha, prazo, vigência, contrato, negociação, tabela,
        //     pacote or duplicidade                                                             -> administrative
        //  3. the code's theme: the group of the 3.0x table 30 when it lists the code, else the theme of the code's
        //     hundred (TISS 3.0x table 30 groups). Administrative themes: elegibilidade, protocolo, prestador, guia,
        //     autorização/solicitação, diagnóstico, atendimento, regra de valorização, pacotes, revisão de glosa,
        //     mensagens de sistema (10xx–17xx, 28xx, 29xx, 50xx). Technical themes: procedimento, diária, material,
        //     medicamento, OPM, gases, taxas e aluguéis, procedimentos em série, honorários, exames, odontologia
        //     (18xx–27xx, 30xx)                                                                   -> by theme
        //  4. 31xx–33xx (new in 4.x, no theme): technical when the text is about the care (imagem, radiografia,
        //     quantidade, incompatível, incluso, prescrição, relatório …), else administrative.
        // A contract that classifies a code otherwise declares its own justification with another name.
        //
        // 4.03.00 has no 99xx range ("mensagens particulares" of 3.0x): an operator-specific reason uses a standard
        // code with its own text.

        """);
    b.append("// ---- aliases used by contracts and docs/language.md (same code as the generated name) ----\n");
    Map<String, Code> byCode = new HashMap<>();
    for (Code c : codes) byCode.put(c.code(), c);
    for (Map.Entry<String, String> a : ALIASES.entrySet()) {
      Code c = byCode.get(a.getValue());
      if (c == null) throw new IllegalStateException("alias of a missing code " + a.getValue());
      if (names.get(c.code()).equals(a.getKey())) continue;   // the generated name already is the alias
      b.append(line(a.getKey(), c));
    }
    String hundred = "";
    for (Code c : codes) {
      String h = c.code().substring(0, 2);
      if (!h.equals(hundred)) {
        hundred = h;
        b.append("\n// ---- ").append(h).append("xx").append(c.theme() == null ? "" : " " + themeTitle(c.theme()))
            .append(" ----\n");
      }
      b.append(line(names.get(c.code()), c));
    }
    return b.toString();
  }

  static String themeTitle(String theme) {
    return theme.replaceAll("(?<=[a-zà-ú])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  static String line(String name, Code c) {
    String text = c.text().replace("\\", "\\\\").replace("\"", "\\\"");
    return "justification " + name + " = \"" + c.code() + "\" " + (c.administrative() ? "administrative" : "technical")
        + " \"" + text + "\"\n";
  }

  /** A minimal RFC 4180 reader: commas, double quotes, "" inside quotes; the files have no line breaks in cells. */
  static List<String[]> csv(Path p) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      List<String> cells = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean q = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (q) {
          if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
          else if (ch == '"') q = false;
          else cur.append(ch);
        } else if (ch == '"') q = true;
        else if (ch == ',') { cells.add(cur.toString()); cur.setLength(0); }
        else cur.append(ch);
      }
      cells.add(cur.toString());
      rows.add(cells.toArray(new String[0]));
    }
    return rows;
  }
}
