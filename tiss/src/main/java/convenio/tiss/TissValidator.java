package convenio.tiss;

import convenio.tiss.read.SchemaPass;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates any TISS message (lote, demonstrativo, recurso, …) against the official schema of its own Padrao
 * (4.02.00 against 4.03.00, the closest published set), streaming and offline. Errors carry line and column. To
 * validate while reading a lote into the model, use {@link ReadOptions#withValidation(boolean)} instead.
 */
public final class TissValidator {
  private TissValidator() {}

  /** Schema problems of the message (empty when valid). Not well-formed or hostile input throws TissException. */
  public static List<TissProblem> validate(InputStream in) {
    return SchemaPass.run(in, null);
  }

  /** Against a given release's schema rather than the message's Padrao. */
  public static List<TissProblem> validate(InputStream in, TissRelease release) {
    return SchemaPass.run(in, release);
  }

  public static List<TissProblem> validate(byte[] xml) {
    return validate(new ByteArrayInputStream(xml));
  }

  public static List<TissProblem> validate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
  }
}
