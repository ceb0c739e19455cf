package convenio.syntax;

import convenio.grammar.ConvenioLexer;
import convenio.i18n.Messages;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/**
 * The two keyword sets of the language, one word for one word (as Catala keeps a keyword set per language): the
 * grammar is written with the English words, and a Portuguese file's words are read as their English counterparts
 * before parsing, so both surfaces build the same AST. Every Portuguese word with an accent is also accepted without
 * it ({@code preço} or {@code preco}); the accented form is the canonical one ({@code convenio fmt --to pt} writes it).
 * Words spelled the same in both sets (glosa, item, material, tiss, cnpj, …) are shared.
 */
public final class Keywords {
  private static final Messages M = Messages.of(Keywords.class, "convenio.syntax.messages");

  private Keywords() {}

  /** The keyword set a file is written in. */
  public enum Language {
    EN, PT;

    public static Language parse(String s) {
      return switch (s.toLowerCase(java.util.Locale.ROOT)) {
        case "pt", "pt-br", "pt_br", "portugues", "português" -> PT;
        case "en", "english" -> EN;
        default -> throw new IllegalArgumentException(M.get("language.unknown", s));
      };
    }
  }

  /** English keyword → canonical Portuguese keyword. */
  private static final Map<String, String> PT = new LinkedHashMap<>();

  static {
    String[] pairs = {
        "contract", "contrato", "version", "versão", "id", "id", "operator", "operadora", "ans", "ans",
        "name", "nome", "cnpj", "cnpj", "provider", "prestador", "code", "código", "cpf", "cpf",
        "effective", "vigência", "rounding", "arredondamento", "to", "até", "cents", "centavos", "per", "por",
        "below", "abaixo", "pay", "paga", "presented", "apresentado", "excess", "excesso", "glosa", "glosa",
        "unpriced", "sem_preço", "half_up", "meio_para_cima", "half_even", "meio_par", "half_down", "meio_para_baixo",
        "up", "para_cima", "down", "para_baixo", "item", "item", "operation", "operação", "module", "módulo",
        "import", "importa", "as", "como", "clause", "cláusula", "let", "seja", "group", "grupo",
        "holidays", "feriados", "map", "mapa", "table", "tabela", "type", "tipo", "from", "de",
        "columns", "colunas", "money", "dinheiro", "percent", "percentual", "number", "número", "text", "texto",
        "date", "data", "time", "horário", "boolean", "lógico", "justification", "justificativa",
        "administrative", "administrativa", "technical", "técnica", "schedule", "escala", "same", "mesma",
        "different", "diferente", "route", "via", "then", "então", "price", "preço", "when", "quando",
        "at", "no", "most", "máximo", "least", "mínimo", "routes", "vias", "for", "para", "ordered", "ordenadas",
        "by", "segundo", "desc", "desc", "asc", "asc", "repeated", "repetidos", "another", "outra", "team", "equipe",
        "participation", "participação", "adjust", "ajuste", "limit", "limite", "outpatient", "ambulatorial",
        "inpatient", "internação", "day", "dia", "guide", "guia", "account", "conta", "days", "dias",
        "require", "exige", "authorization", "autorização", "amount", "valor", "quantity", "quantidade",
        "else", "senão", "package", "pacote", "includes", "inclui", "excludes", "exclui", "check", "verifica",
        "critique", "crítica", "duplicates", "duplicidades", "tiss", "tiss", "procedure", "procedimento",
        "procedures", "procedimentos", "material", "material", "materials", "materiais",
        "medication", "medicamento", "medications", "medicamentos", "daily_rate", "diária", "daily_rates", "diárias",
        "fee", "taxa", "fees", "taxas", "gas", "gás", "gases", "gases", "opme", "opme", "items", "itens",
        "in", "em", "of", "sobre", "not", "não", "is", "é", "and", "e", "or", "ou", "if", "se",
        "true", "verdadeiro", "false", "falso", "congenere", "congênere",
        // the recurso prazo clause: recurso in 30 days after demonstrativo / recurso em 30 dias após demonstrativo
        "recurso", "recurso", "demonstrativo", "demonstrativo", "after", "após", "answer", "resposta",
    };
    for (int i = 0; i < pairs.length; i += 2) PT.put(pairs[i], pairs[i + 1]);
  }

  /**
   * The names the engine gives every rule (item fields, dates, the step's values) under the Portuguese words of the
   * TISS guide's fields, for Portuguese files: read as the English name, like keywords. English name → Portuguese.
   */
  private static final Map<String, String> NAMES_PT = new LinkedHashMap<>();

  static {
    String[] pairs = {
        "kind", "natureza", "hour", "hora", "weekday", "dia_da_semana", "weekend", "fim_de_semana",
        "holiday", "feriado", "technique", "técnica_utilizada", "degree", "grau_participação",
        "character", "caráter_atendimento", "accommodation", "acomodação", "billing_type", "tipo_faturamento",
        "discharge_reason", "motivo_saída", "guide_type", "tipo_guia", "value", "valor_atual",
        "surgeon", "cirurgião", "allowed", "permitido", "priced", "precificado", "unit_price", "preço_unitário",
        "authorization_date", "data_autorização", "authorized_quantity", "quantidade_autorizada",
    };
    for (int i = 0; i < pairs.length; i += 2) NAMES_PT.put(pairs[i], pairs[i + 1]);
  }

  /** Portuguese name (canonical or without accents) → English name. */
  private static final Map<String, String> NAMES_EN = new HashMap<>();

  /** Portuguese word (canonical or without accents) → English keyword. */
  private static final Map<String, String> EN = new HashMap<>();

  /** English keyword → its token type in the lexer. */
  private static final Map<String, Integer> TYPES = new HashMap<>();

  static {
    Vocabulary v = ConvenioLexer.VOCABULARY;
    for (int type = 1; type <= v.getMaxTokenType(); type++) {
      String literal = v.getLiteralName(type);
      if (literal == null) continue;
      String word = literal.substring(1, literal.length() - 1);
      if (!word.matches("[a-z_]+")) continue;
      TYPES.put(word, type);
      if (!PT.containsKey(word)) throw new IllegalStateException("keyword '" + word + "' has no Portuguese word");
    }
    for (Map.Entry<String, String> e : PT.entrySet()) {
      if (!TYPES.containsKey(e.getKey())) throw new IllegalStateException("'" + e.getKey() + "' is not a keyword");
      put(e.getValue(), e.getKey());
    }
    // Spellings without accents, unless that spelling is itself a word ("é", is, would become "e", and).
    for (Map.Entry<String, String> e : PT.entrySet()) {
      EN.putIfAbsent(unaccented(e.getValue()), e.getKey());
    }
  }

  static {
    for (Map.Entry<String, String> e : NAMES_PT.entrySet()) {
      for (String pt : new String[] {e.getValue(), unaccented(e.getValue())}) {
        if (EN.containsKey(pt) || TYPES.containsKey(pt)) throw new IllegalStateException("'" + pt + "' is a keyword");
        NAMES_EN.put(pt, e.getKey());
      }
    }
  }

  /** The Portuguese alias of an engine name ({@code weekend} → {@code fim_de_semana}), or null. */
  public static String portugueseName(String english) {
    return NAMES_PT.get(english);
  }

  /** The engine name a Portuguese alias stands for, or null. */
  public static String englishName(String portuguese) {
    return NAMES_EN.get(portuguese);
  }

  /** Every engine name with a Portuguese alias: English → Portuguese, in the documented order. */
  public static Map<String, String> names() {
    return Collections.unmodifiableMap(NAMES_PT);
  }

  private static void put(String pt, String en) {
    String old = EN.put(pt, en);
    if (old != null && !old.equals(en)) {
      throw new IllegalStateException("'" + pt + "' would stand for both '" + old + "' and '" + en + "'");
    }
  }

  static String unaccented(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** Every English keyword of the grammar, sorted. */
  public static Set<String> english() {
    return Collections.unmodifiableSet(new TreeSet<>(TYPES.keySet()));
  }

  /** Every canonical Portuguese keyword, sorted. */
  public static Set<String> portuguese() {
    return Collections.unmodifiableSet(new TreeSet<>(PT.values()));
  }

  /** The canonical Portuguese word for an English keyword, or null. */
  public static String portugueseOf(String english) {
    return PT.get(english);
  }

  /** The English keyword a Portuguese word (with or without accents) stands for, or null. */
  public static String englishOf(String portuguese) {
    return EN.get(portuguese);
  }

  /** The lexer's token type of an English keyword, or null. */
  static Integer typeOf(String english) {
    return TYPES.get(english);
  }

  /** Whether a token is one of the grammar's (English) keywords. */
  static boolean isEnglishKeyword(Token t) {
    Integer type = TYPES.get(t.getText());
    return type != null && type == t.getType();
  }

  /** A word that belongs to one set only (spelled differently in the other), so it cannot appear in the other. */
  static boolean englishOnly(String word) {
    return TYPES.containsKey(word) && !EN.containsKey(word);
  }

  static boolean portugueseOnly(String word) {
    return EN.containsKey(word) && !TYPES.containsKey(word);
  }
}
