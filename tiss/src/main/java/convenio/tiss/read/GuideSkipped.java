package convenio.tiss.read;

/**
 * A guide that bound but cannot become a model guide: a required value (number, quantity, value, expense kind) is
 * missing or unusable. {@code element} names the element at fault, so that the binding problem about it (if any)
 * becomes part of the one "guide skipped" problem instead of being reported twice.
 */
public final class GuideSkipped extends Exception {
  private final String element;

  public GuideSkipped(String element, String reason) {
    super(reason, null, false, false);
    this.element = element;
  }

  public String element() {
    return element;
  }
}
