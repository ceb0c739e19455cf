package convenio.tiss.read;

import convenio.tiss.HashCheck;
import convenio.tiss.TissProblem;
import convenio.tiss.xml.HashCollector;

/** Turns the hash of a message just read into its one problem, if any: missing, repeated or mismatched. */
final class HashReport {
  private HashReport() {}

  static HashCheck report(HashCollector hash, Problems problems) {
    HashCheck h = new HashCheck(hash.found(), hash.computed(), hash.computedLatin1(), hash.hashElements());
    if (h.elements() > 1) {
      problems.report(TissProblem.error(TissProblem.Kind.HASH, hash.foundLine(), hash.foundColumn(), null,
          h.elements() + " hash elements; TISS has exactly one"));
    } else if (!h.present()) {
      problems.report(TissProblem.warning(TissProblem.Kind.HASH, hash.foundLine(), hash.foundColumn(), null,
          "no epilogo hash; expected " + h.computed()));
    } else if (!h.matches()) {
      problems.report(TissProblem.warning(TissProblem.Kind.HASH, hash.foundLine(), hash.foundColumn(), null,
          "epilogo hash mismatch: expected " + h.computed() + ", found " + h.found()));
    }
    return h;
  }
}
