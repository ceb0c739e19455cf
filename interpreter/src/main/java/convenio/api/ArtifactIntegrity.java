package convenio.api;

import convenio.artifact.Artifact;
import convenio.i18n.Messages;
import convenio.i18n.Text;
import convenio.syntax.ContractFile;
import convenio.syntax.SourceFile;
import convenio.syntax.SourceParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an artifact is what its header says it is, proven from its sources: the source hash the header records is
 * computed again from the sources and tables that were decoded, and each file's syntax tree is compared with its own
 * source text parsed again. A changed table, rule or tree is refused instead of pricing differently under the original
 * hash. The content digest, checked by the reader before decoding, already refuses what someone changed and
 * re-checksummed, so this runs only on demand ({@link Artifacts#verifySources}): it costs a hash of every table row
 * and a parse of every source. (Authenticity, that the publishing step wrote it at all, is the signature's job: see
 * {@code convenio.artifact.Signing}.)
 */
final class ArtifactIntegrity {
  private static final Messages M = Messages.of(ArtifactIntegrity.class, "convenio.api.messages");

  private ArtifactIntegrity() {}

  /** The standard modules' trees, parsed once per text: every artifact carries the same few. */
  private static final Map<String, ContractFile> STD = new ConcurrentHashMap<>();

  /** Null when the artifact is consistent; otherwise what does not match, in words. */
  static Text mismatch(Artifact artifact, String recomputedHash) {
    if (!recomputedHash.equals(artifact.header().sourceHash())) {
      return M.text("artifact.mismatch.hash", artifact.header().sourceHash(), recomputedHash);
    }
    for (ContractFile decoded : artifact.program().files()) {
      SourceFile source = artifact.program().sources().get(decoded.file());
      if (source == null) return M.text("artifact.mismatch.no.source", decoded.file());
      if (!decoded.equals(parsed(source))) {
        return M.text("artifact.mismatch.rules", decoded.file());
      }
    }
    return null;
  }

  private static ContractFile parsed(SourceFile source) {
    if (!source.name().startsWith("std/")) return SourceParser.parse(source.name(), source.text()).file();
    String key = source.name() + "\u0000" + source.text();
    ContractFile cached = STD.get(key);
    if (cached != null) return cached;
    ContractFile f = SourceParser.parse(source.name(), source.text()).file();
    if (f != null && STD.size() < 256) STD.put(key, f);
    return f;
  }
}
