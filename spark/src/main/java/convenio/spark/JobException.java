package convenio.spark;

/** A mistake in what a job was given (a table's columns, a contracts folder): its message is for the user. */
public final class JobException extends RuntimeException {
  public JobException(String message) {
    super(message);
  }
}
