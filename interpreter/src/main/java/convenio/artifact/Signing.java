package convenio.artifact;

import convenio.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures of compiled contracts, with the JDK's own implementation (no dependency). The analysts'
 * publishing step holds the private key and signs at compile time ({@code convenio compile --sign-key}); a registry
 * or {@code convenio serve} given the public key loads only artifacts that key signed. Keys are the usual PEM files
 * (PKCS#8 private key, X.509 SubjectPublicKeyInfo public key), as {@code openssl genpkey -algorithm ed25519} and
 * {@code openssl pkey -pubout} write them, or as {@link #writePair} does; DER works too.
 */
public final class Signing {
  private static final Messages M = Messages.of(Signing.class, "convenio.artifact.messages");

  private Signing() {}

  public static final String ALGORITHM = "Ed25519";
  /** An Ed25519 signature is always 64 bytes (RFC 8032). */
  public static final int SIGNATURE_BYTES = 64;

  /** A key file that cannot be used, with what is wrong in words. */
  public static final class BadKey extends Exception {
    public BadKey(String message) {
      super(message, null, false, false);
    }
  }

  public static PrivateKey privateKey(Path file) throws BadKey {
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(file, "PRIVATE KEY")));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new BadKey(M.get("key.not.private", file));
    }
  }

  public static PublicKey publicKey(Path file) throws BadKey {
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(file, "PUBLIC KEY")));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new BadKey(M.get("key.not.public", file));
    }
  }

  /** Writes a new key pair: the private key (PKCS#8 PEM) and the public key (X.509 PEM). */
  public static void writePair(Path privateFile, Path publicFile) throws IOException {
    KeyPair pair;
    try {
      pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
    }
    Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    try {
      // Readable by its owner only, as ssh-keygen and openssl leave private keys.
      Files.setPosixFilePermissions(privateFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions: the folder's own access rules apply
    }
    Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  static byte[] sign(PrivateKey key, byte[] data, int length) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(data, 0, length);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the key cannot sign with Ed25519: " + e.getMessage(), e);
    }
  }

  static boolean verify(PublicKey key, byte[] data, int length, byte[] signature) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(data, 0, length);
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + type + "-----\n";
  }

  private static byte[] der(Path file, String type) throws BadKey {
    byte[] raw;
    try {
      if (Files.size(file) > 64 * 1024) throw new BadKey(M.get("key.too.large", file));
      raw = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadKey(M.get("key.unreadable", file, e.getMessage()));
    }
    String text = new String(raw, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN " + type + "-----";
    int b = text.indexOf(begin);
    if (b < 0) return raw;
    int e = text.indexOf("-----END " + type + "-----", b);
    if (e < 0) throw new BadKey(M.get("key.no.end", file, type));
    return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
  }
}
