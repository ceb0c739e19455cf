package convenio.diagnostics;

public enum Severity {
  ERROR, WARNING, NOTE;

  public String label() {
    return name().toLowerCase();
  }
}
