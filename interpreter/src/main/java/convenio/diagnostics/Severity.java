package convenio.diagnostics;

import convenio.i18n.Messages;

public enum Severity {
  ERROR, WARNING, NOTE;

  /** The severity as JSON and editors name it ({@code error}, {@code warning}, {@code note}): the same in every language. */
  public String label() {
    return name().toLowerCase();
  }

  /** The severity as a headline prints it, in the current language ({@code error}, {@code erro}). */
  public String text() {
    return Texts.M.get("severity." + label());
  }

  private static final class Texts {
    static final Messages M = Messages.of(Severity.class, "convenio.diagnostics.messages");
  }
}
