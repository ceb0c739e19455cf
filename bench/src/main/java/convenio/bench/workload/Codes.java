package convenio.bench.workload;

/**
 * Deterministic, distinct item codes for generated tables: a table prefix followed by a scrambled index. The scramble
 * (multiplication by a number coprime with 10^k) keeps codes unique while spreading them like real catalogue codes,
 * so hash indexes see realistic keys rather than a dense run.
 */
final class Codes {
  private Codes() {}

  /** {@code prefix} + {@code digits} digits; distinct for every index below 10^digits. */
  static String code(String prefix, int digits, long index) {
    long modulus = pow10(digits);
    if (index >= modulus) throw new IllegalArgumentException("index " + index + " does not fit " + digits + " digits");
    long scrambled = Math.floorMod(index * 7_919L + 13L, modulus); // 7919 is prime and coprime with 10: a bijection
    String s = Long.toString(scrambled);
    StringBuilder b = new StringBuilder(prefix.length() + digits).append(prefix);
    for (int i = s.length(); i < digits; i++) b.append('0');
    return b.append(s).toString();
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) p *= 10;
    return p;
  }
}
