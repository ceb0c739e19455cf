package convenio.history;

/** The store cannot be opened, migrated or read: a message for a person, never a stack trace. */
public class HistoryException extends RuntimeException {
  public HistoryException(String message) {
    super(message);
  }

  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
