package convenio.artifact;

import java.nio.charset.StandardCharsets;

/**
 * The layout of a compiled contract file ({@code .cvc}):
 * <pre>
 *   "CNVC"                 4 bytes, the magic
 *   format version         2 bytes, big-endian
 *   total length           8 bytes, big-endian: the file's size, so a truncated file says so
 *   body                   header, sources, AST of every file, parse diagnostics, tables, table diagnostics
 *   content digest         32 bytes (format 4): SHA-256 of everything before it (one pass computes it and the
 *                          checksum)
 *   signature              0 or 64 bytes: Ed25519 signature of everything before it ({@link Signing})
 *   signature length       2 bytes, big-endian: 0 (unsigned) or 64
 *   checksum               32 bytes: SHA-256 of everything before it
 * </pre>
 * The content digest (format 4) is checked before anything is decoded: a source, tree, table or header changed by
 * someone who also recomputed the trailing checksum is refused without computing the source hash from 100,000 rows
 * or parsing the sources again on every load ({@code convenio.api.Artifacts#verifySources} still does both, on
 * demand). Like the checksum it proves consistency, not origin: who wrote the file is the signature's job, and a
 * registry given the publishing key loads only what that key signed.
 * Versions: 2 added the operator's name and CNPJ to the header, 3 the optional signature, 4 the content digest, a
 * routes rule's own glosa codes and the recurso prazo clauses at the end of a contract's header, 5 the tables column
 * by column ({@link TableCodec}); older files are refused with the advice to recompile.
 * Any change to what the body holds or how (the encoders, tags, {@link ValueCodec}) raises {@link #VERSION}; a reader
 * refuses every other version rather than guess, and the remedy is to recompile from source.
 */
public final class ArtifactFormat {
  private ArtifactFormat() {}

  // 2: the header's operator name and CNPJ; 3: the optional Ed25519 signature; 4: the content digest, a routes rule's
  // own glosa codes and the recurso prazo clauses; 5: the tables column by column
  public static final int VERSION = 5;
  /** The oldest version this Convenio reads: a version 4 body holds its tables row by row, which 5 does not read. */
  public static final int OLDEST_READABLE = 5;
  static final int CONTENT_DIGEST = 32;
  public static final String EXTENSION = ".cvc";
  static final byte[] MAGIC = "CNVC".getBytes(StandardCharsets.US_ASCII);
  static final int PREFIX = 4 + 2 + 8;
  static final int CHECKSUM = 32;
  static final int SIGNATURE_LENGTH = 2;
  /** No contract's artifact comes near this; a length field past it is damage, not a truncated big file. */
  static final long MAX_BYTES = 1L << 31;

  /** The Convenio that writes artifacts, from the jar's manifest when packaged. */
  public static String compilerVersion() {
    String v = ArtifactFormat.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0-SNAPSHOT";
  }
}
