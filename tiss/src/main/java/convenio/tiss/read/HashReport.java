package convenio.tiss.read;

import convenio.i18n.Messages;
import convenio.tiss.HashCheck;
import convenio.tiss.TissProblem;
import convenio.tiss.xml.HashCollector;

/** Turns the hash of a message just read into its one problem, if any: missing, repeated or mismatched. */
final class HashReport {
  private static final Messages M = Messages.of(HashReport.class, "convenio.tiss.read.messages");
  private HashReport() {}

  static HashCheck report(HashCollector hash, Problems problems) {
    HashCheck h = new HashCheck(hash.found(), hash.computed(), hash.computedLatin1(), hash.hashElements());
    if (h.elements() > 1) {
      problems.report(TissProblem.error(TissProblem.Kind.HASH, hash.foundLine(), hash.foundColumn(), null,
          M.get("hash.many", h.elements())));
    } else if (!h.present()) {
      problems.report(TissProblem.warning(TissProblem.Kind.HASH, hash.foundLine(), hash.foundColumn(), null,
          M.get("hash.missing", h.computed())));
    } else if (!h.matches()) {
      problems.report(TissProblem.warning(TissProblem.Kind.HASH, hash.foundLine(), hash.foundColumn(), null,
          M.get("hash.mismatch", h.computed(), h.found())));
    }
    return h;
  }
}
