package convenio.syntax;

import convenio.i18n.Messages;
import convenio.i18n.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a contract source from disk: a regular file, at most {@link #MAX_BYTES}, in UTF-8. A file in another encoding
 * (Latin-1 from an old editor) is refused with the line of its first byte that is not UTF-8, rather than the JDK's
 * "Input length = 1"; a leading byte order mark is dropped.
 */
public final class SourceFiles {
  private static final Messages M = Messages.of(SourceFiles.class, "convenio.syntax.messages");

  private SourceFiles() {}

  /** Far above any contract (the largest bundled one is a few dozen kilobytes; big tables live in CSV files). */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** Why a file cannot be read; {@code line} is 0 when the problem is not at a line. */
  public static final class Unreadable extends Exception {
    public final int line;
    /** Why, written in the reader's language when read; {@link #getMessage} is it in the current one. */
    public final Text text;
    /** What to do about it, or null. */
    public final Text hint;

    Unreadable(Text text, int line, Text hint) {
      super(null, null, false, false);
      this.text = text;
      this.line = line;
      this.hint = hint;
    }

    @Override
    public String getMessage() {
      return text.get();
    }
  }

  public static String read(Path file) throws Unreadable {
    byte[] bytes;
    try {
      if (!Files.exists(file)) throw new Unreadable(M.text("source.missing"), 0, null);
      if (!Files.isRegularFile(file)) {
        throw new Unreadable(M.text("source.not.file"), 0, M.text("source.not.file.hint"));
      }
      if (Files.size(file) > MAX_BYTES) throw tooLarge();
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw new Unreadable(M.text("source.missing"), 0, null);
    } catch (IOException e) {
      // the system's own words (in the JVM's language), as every other tool on the machine prints them
      throw new Unreadable(Text.literal(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), 0,
          null);
    }
    if (bytes.length > MAX_BYTES) throw tooLarge();
    return decode(bytes);
  }

  private static Unreadable tooLarge() {
    return new Unreadable(M.text("source.too.large", MAX_BYTES / (1024 * 1024)), 0, M.text("source.too.large.hint"));
  }

  /** UTF-8 text, or the line and column of the first byte that is not UTF-8. */
  static String decode(byte[] bytes) throws Unreadable {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(bytes);
      int line = 1, column = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      throw new Unreadable(M.text("source.not.utf8", line, column, String.format("0x%02X", bytes[bad] & 0xFF)), line,
          M.text("source.not.utf8.hint"));
    }
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalid(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (n < 0 || i + n >= b.length && n > 0) return i;
      for (int k = 1; k <= n; k++) if ((b[i + k] & 0xC0) != 0x80) return i;
      i += n + 1;
    }
    return Math.max(0, b.length - 1);
  }
}
