package convenio.artifact;

import convenio.syntax.ContractFile;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.TableLoader;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** Encodes an artifact (see {@link ArtifactFormat} for the layout) and writes it so no reader sees half a file. */
public final class ArtifactWriter {
  private ArtifactWriter() {}

  /** The whole file, checksum included. The same inputs always give the same bytes. */
  public static byte[] encode(ArtifactHeader header, Program program, TableLoader.Result tables) {
    return encode(header, program, tables, null);
  }

  /** The whole file, signed with {@code signer} (Ed25519) when it is not null. */
  public static byte[] encode(ArtifactHeader header, Program program, TableLoader.Result tables,
      java.security.PrivateKey signer) {
    BinaryOut body = new BinaryOut();
    header.write(body);
    List<String> names = new ArrayList<>(program.sources().keySet());
    names.sort(null);
    body.uvar(names.size());
    for (String name : names) {
      SourceFile s = program.sources().get(name);
      body.str(name);
      body.str(s.text());
    }
    AstEncoder ast = new AstEncoder(body);
    body.uvar(program.files().size());
    for (ContractFile f : program.files()) ast.file(f);
    DiagnosticCodec.write(body, program.diagnostics());
    TableCodec.write(body, program, tables);

    byte[] bodyBytes = body.toByteArray();
    int signature = signer == null ? 0 : Signing.SIGNATURE_BYTES;
    long total = (long) ArtifactFormat.PREFIX + bodyBytes.length + ArtifactFormat.CONTENT_DIGEST + signature
        + ArtifactFormat.SIGNATURE_LENGTH + ArtifactFormat.CHECKSUM;
    BinaryOut file = new BinaryOut();
    file.raw(ArtifactFormat.MAGIC);
    file.u8(ArtifactFormat.VERSION >>> 8);
    file.u8(ArtifactFormat.VERSION & 0xFF);
    file.fixed64(total);
    file.raw(bodyBytes);
    byte[] content = file.toByteArray();
    file.raw(sha256(content, content.length)); // the content digest (ArtifactFormat)
    if (signer != null) {
      byte[] signed = file.toByteArray();
      file.raw(Signing.sign(signer, signed, signed.length));
    }
    file.u8(signature >>> 8);
    file.u8(signature & 0xFF);
    byte[] unsigned = file.toByteArray();
    file.raw(sha256(unsigned, unsigned.length));
    return file.toByteArray();
  }

  /**
   * Writes to a temporary file beside {@code target}, then moves it into place atomically, so that a registry
   * watching the folder reads either the old file or the new one, never a partial write. The temporary file is
   * created as any new file is (not with {@code Files.createTempFile}, which makes it 0600), so the artifact gets the
   * permissions the user's umask gives: 0644 under the usual 022, readable by the service that loads it.
   */
  public static void write(byte[] artifact, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
        java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    try {
      Files.write(tmp, artifact, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static byte[] sha256(byte[] data, int length) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(data, 0, length);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
