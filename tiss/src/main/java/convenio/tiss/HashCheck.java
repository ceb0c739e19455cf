package convenio.tiss;

/**
 * The epilogo hash of a message as found and as computed.
 *
 * @param found          the text of the hash element, or null when there is none
 * @param computed       the MD5 the standard defines (over the UTF-8 text, as the ANS accepts it)
 * @param computedLatin1 the same over ISO-8859-1 bytes, as the ANS manual describes it; equal for ASCII-only text
 * @param elements       how many hash elements the message has (exactly one is expected)
 */
public record HashCheck(String found, String computed, String computedLatin1, int elements) {

  public boolean present() {
    return found != null && !found.isEmpty();
  }

  /** True when the found hash is either form (case-insensitive, as hex is). */
  public boolean matches() {
    return present() && (found.equalsIgnoreCase(computed) || found.equalsIgnoreCase(computedLatin1));
  }
}
