package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The messages the history records, recognised by content (not by file name). */
public enum MessageKind {
  LOTE, ANALISE, PAGAMENTO, RECURSO, RESPOSTA, PRICED;

  /** The kind's name for people, in the current language (convenio/history/messages*.properties, kind.*). */
  public String shown() {
    return M.get("kind." + name());
  }

  /** The first of these TISS elements in the message says what it is (the transaction's own element). */
  private static final Pattern TISS = Pattern.compile(
      "<(?:[\\w.-]+:)?(loteGuias|demonstrativoAnaliseConta|demonstrativoPagamento|guiaRecursoGlosa|respostaRecursoGlosa)[\\s>/]");

  /**
   * What the file holds, from its first 256 KB: a TISS message by its transaction element, a priced result by its
   * {@code "contract"} object, else a YAML/JSON account. Null when it is XML of another kind.
   */
  public static MessageKind sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(256 * 1024);
    }
    String text = new String(head, StandardCharsets.ISO_8859_1); // element names are ASCII in any encoding kept
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("\uFEFF") || trimmed.startsWith("ï»¿")) trimmed = trimmed.substring(trimmed.startsWith("\uFEFF") ? 1 : 3);
    if (trimmed.startsWith("<")) {
      Matcher m = TISS.matcher(text);
      if (!m.find()) return null;
      return switch (m.group(1)) {
        case "loteGuias" -> LOTE;
        case "demonstrativoAnaliseConta" -> ANALISE;
        case "demonstrativoPagamento" -> PAGAMENTO;
        case "guiaRecursoGlosa" -> RECURSO;
        default -> RESPOSTA;
      };
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("{") || name.endsWith(".json")) {
      return Pattern.compile("\"contract\"\\s*:\\s*\\{").matcher(text).find() ? PRICED : LOTE;
    }
    return LOTE;
  }
}
