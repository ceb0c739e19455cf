package convenio.desk;

import java.util.List;

/**
 * An operation the desk refuses, and why: a stable code for programs (the HTTP API's {@code error}), a message for
 * people in the user's language, the guide and item it concerns when there is one, and the nearest valid glosa codes
 * when the code was not one. Nothing was changed or saved.
 */
public final class DeskException extends RuntimeException {
  private final String code;
  private final String guide;
  private final Integer item;
  private final List<String> suggestions;

  public DeskException(String code, String message) {
    this(code, message, null, null, List.of());
  }

  public DeskException(String code, String message, String guide, Integer item, List<String> suggestions) {
    super(message, null, false, false);
    this.code = code;
    this.guide = guide;
    this.item = item;
    this.suggestions = List.copyOf(suggestions);
  }

  /** Built from the desk's bundle: {@code key} is the message key, {@code code} the error code. */
  static DeskException of(String code, String guide, Integer item, String key, Object... args) {
    return new DeskException(code, Texts.M.get(key, args), guide, item, List.of());
  }

  public String code() {
    return code;
  }

  public String guide() {
    return guide;
  }

  public Integer item() {
    return item;
  }

  public List<String> suggestions() {
    return suggestions;
  }

  /** The HTTP status this refusal answers with. */
  public int status() {
    return switch (code) {
      case "bad-operation", "no-auditor" -> 400;
      case "no-account", "no-guide", "no-item", "no-glosa" -> 404;
      case "nothing-to-undo" -> 409;
      case "no-contract", "unknown-glosa-code", "bad-split", "bad-amount", "no-table-value", "nothing-selected",
          "nothing-to-change" -> 422;
      case "reconciliation" -> 500;
      default -> 422;
    };
  }
}
