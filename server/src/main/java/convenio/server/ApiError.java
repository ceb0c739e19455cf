package convenio.server;

/**
 * A request the service answers with an error: the HTTP status, a stable code for programs, a message for people,
 * and the guide and item it concerns when there is one. Thrown inside a handler, written as JSON by {@link Http}.
 */
final class ApiError extends RuntimeException {
  final int status;
  final String code;
  final String guide;
  final Integer item;
  /** The nearest valid values, when the request named one that does not exist (e.g. a glosa code). */
  final java.util.List<String> suggestions;

  ApiError(int status, String code, String message) {
    this(status, code, message, null, null);
  }

  ApiError(int status, String code, String message, String guide, Integer item) {
    this(status, code, message, guide, item, java.util.List.of());
  }

  ApiError(int status, String code, String message, String guide, Integer item, java.util.List<String> suggestions) {
    super(message, null, false, false);
    this.suggestions = java.util.List.copyOf(suggestions);
    this.status = status;
    this.code = code;
    this.guide = guide;
    this.item = item;
  }
}
