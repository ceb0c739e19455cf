package convenio.artifact;

import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.syntax.ContractFile;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.TableLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a compiled contract all or nothing: the whole file is read, its magic, format version, length and checksum
 * are verified, then everything is decoded; only a fully decoded artifact is returned. Any problem is an
 * {@link ArtifactException} whose message names the file and says what to do.
 */
public final class ArtifactReader {
  private static final Messages M = Messages.of(ArtifactReader.class, "convenio.artifact.messages");
  private ArtifactReader() {}

  public static Artifact read(Path file) throws ArtifactException {
    return read(file, null);
  }

  /**
   * Reads an artifact; when {@code trusted} is not null, only one signed with its private key: an unsigned artifact,
   * or one signed by another key or changed after signing, is refused before anything in it is decoded.
   */
  public static Artifact read(Path file, java.security.PublicKey trusted) throws ArtifactException {
    byte[] data;
    try {
      if (Files.size(file) > ArtifactFormat.MAX_BYTES) {
        throw new ArtifactException(file, M.get("read.too.large", Files.size(file)), M.get("read.too.large.hint"));
      }
      data = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArtifactException(file, M.get("read.no.file"), null);
    } catch (IOException e) {
      throw new ArtifactException(file, M.get("read.unreadable", e.getMessage()), null);
    }
    return decode(file.toString(), data, trusted);
  }

  /** Just the header (after the same verification), for listing a folder of artifacts. */
  public static ArtifactHeader header(Path file) throws ArtifactException {
    return read(file).header();
  }

  public static Artifact decode(String name, byte[] data) throws ArtifactException {
    return decode(name, data, null);
  }

  public static Artifact decode(String name, byte[] data, java.security.PublicKey trusted) throws ArtifactException {
    byte[] content = verify(name, data);
    int sigEnd = data.length - ArtifactFormat.CHECKSUM - ArtifactFormat.SIGNATURE_LENGTH;
    int sigLength = ((data[sigEnd] & 0xFF) << 8) | (data[sigEnd + 1] & 0xFF);
    if (sigLength != 0 && sigLength != Signing.SIGNATURE_BYTES || sigEnd - sigLength < ArtifactFormat.PREFIX) {
      throw corrupt(name, "its signature length is " + sigLength);
    }
    int end = sigEnd - sigLength;
    if (trusted != null) {
      if (sigLength == 0) {
        throw new ArtifactException(name, M.get("read.unsigned"), M.get("read.unsigned.hint"));
      }
      if (!Signing.verify(trusted, data, end, Arrays.copyOfRange(data, end, sigEnd))) {
        throw new ArtifactException(name, M.get("read.bad.signature"), M.get("read.bad.signature.hint"));
      }
    }
    end -= ArtifactFormat.CONTENT_DIGEST;
    if (end < ArtifactFormat.PREFIX || content == null) {
      throw corrupt(name, M.get("read.short.digest"));
    }
    if (!MessageDigest.isEqual(content, Arrays.copyOfRange(data, end, end + ArtifactFormat.CONTENT_DIGEST))) {
      throw new ArtifactException(name, M.get("read.content.digest"), M.get("read.recompile"));
    }
    BinaryIn in = new BinaryIn(data, ArtifactFormat.PREFIX, end);
    try {
      ArtifactHeader header = ArtifactHeader.read(in);
      if (header.formatVersion() != formatVersion(data)) {
        throw new BinaryIn.Corrupt("the header says format version " + header.formatVersion());
      }
      int nSources = in.count();
      Map<String, SourceFile> sources = new LinkedHashMap<>();
      for (int i = 0; i < nSources; i++) {
        String source = in.requiredStr("a source name");
        sources.put(source, new SourceFile(source, in.requiredStr("a source text"), null));
      }
      AstDecoder ast = new AstDecoder(in);
      int nFiles = in.count();
      List<ContractFile> files = new ArrayList<>(nFiles);
      for (int i = 0; i < nFiles; i++) files.add(ast.file());
      List<Diagnostic> diagnostics = DiagnosticCodec.read(in);
      Program program = new Program(files, sources, diagnostics);
      TableLoader.Result tables = TableCodec.read(in, program);
      if (!in.atEnd()) throw new BinaryIn.Corrupt((end - in.position()) + " bytes are left over after the tables");
      String checksum = HexFormat.of().formatHex(data, data.length - ArtifactFormat.CHECKSUM, data.length);
      return new Artifact(header, program, tables, checksum);
    } catch (BinaryIn.Corrupt e) {
      throw corrupt(name, e.getMessage());
    } catch (RuntimeException e) {
      // A record's own validation or a cast rejected what was decoded: still a broken file, not a crash.
      throw corrupt(name, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /**
   * Checks magic, version, length and checksum; returns the SHA-256 of everything before the content digest
   * (computed in the same pass as the checksum), or null when the file's end does not say where that digest is.
   */
  private static byte[] verify(String name, byte[] data) throws ArtifactException {
    if (data.length < ArtifactFormat.MAGIC.length
        || !Arrays.equals(data, 0, ArtifactFormat.MAGIC.length, ArtifactFormat.MAGIC, 0, ArtifactFormat.MAGIC.length)) {
      throw new ArtifactException(name, M.get("read.not.artifact"), M.get("read.not.artifact.hint", fileName(name)));
    }
    if (data.length < ArtifactFormat.PREFIX + ArtifactFormat.SIGNATURE_LENGTH + ArtifactFormat.CHECKSUM) {
      throw new ArtifactException(name, M.get("read.truncated", data.length), M.get("read.copy.again"));
    }
    int version = formatVersion(data);
    if (version < ArtifactFormat.OLDEST_READABLE || version > ArtifactFormat.VERSION) {
      throw new ArtifactException(name, M.get("read.version", version, ArtifactFormat.compilerVersion(),
          ArtifactFormat.VERSION), M.get("read.version.hint", fileName(name)));
    }
    long declared = 0;
    for (int i = 6; i < 14; i++) declared = (declared << 8) | (data[i] & 0xFF);
    if (declared != data.length && (declared < ArtifactFormat.PREFIX + ArtifactFormat.CHECKSUM
        || declared > ArtifactFormat.MAX_BYTES)) {
      throw new ArtifactException(name, M.get("read.length", declared, data.length), M.get("read.copy.again"));
    }
    if (declared != data.length) {
      throw new ArtifactException(name, declared > data.length
          ? M.get("read.truncated.of", data.length, declared)
          : M.get("read.extra", data.length - declared, declared),
          M.get("read.copy.again"));
    }
    int end = data.length - ArtifactFormat.CHECKSUM;
    int sigEnd = end - ArtifactFormat.SIGNATURE_LENGTH;
    int sigLength = ((data[sigEnd] & 0xFF) << 8) | (data[sigEnd + 1] & 0xFF);
    int contentEnd = sigEnd - sigLength - ArtifactFormat.CONTENT_DIGEST;
    boolean digested = (sigLength == 0 || sigLength == Signing.SIGNATURE_BYTES)
        && contentEnd >= ArtifactFormat.PREFIX;
    // one pass over the file: the content digest's state is copied where it ends, then the checksum goes on
    MessageDigest md = sha256();
    byte[] content = null;
    int from = 0;
    if (digested) {
      md.update(data, 0, contentEnd);
      try {
        content = ((MessageDigest) md.clone()).digest();
      } catch (CloneNotSupportedException e) {
        content = ArtifactWriter.sha256(data, contentEnd);
      }
      from = contentEnd;
    }
    md.update(data, from, end - from);
    if (!MessageDigest.isEqual(md.digest(), Arrays.copyOfRange(data, end, data.length))) {
      throw new ArtifactException(name, M.get("read.checksum"), M.get("read.recompile"));
    }
    return content;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static int formatVersion(byte[] data) {
    return ((data[4] & 0xFF) << 8) | (data[5] & 0xFF);
  }

  private static ArtifactException corrupt(String name, String detail) {
    return new ArtifactException(name, M.get("read.undecodable", detail), M.get("read.undecodable.hint"));
  }

  private static String fileName(String name) {
    return Path.of(name).getFileName().toString();
  }
}
