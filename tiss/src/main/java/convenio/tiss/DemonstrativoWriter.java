package convenio.tiss;

import convenio.model.PricingResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the demonstrativo de análise de conta (operator → provider) of a priced account as a TISS 4.03.00
 * message: per guide and item the presented, processed, released and glosed values with their table-38 codes,
 * the epilogo hash filled. Data the schema would refuse (an operator-specific glosa code such as 9956, a missing
 * card number, …) is an IllegalArgumentException listing every such problem, never an invalid file; and the output
 * is checked against the schema before it is returned (a failure there is a bug, thrown as IllegalStateException).
 */
public final class DemonstrativoWriter {
  private DemonstrativoWriter() {}

  public static byte[] write(PricingResult result, DemonstrativoHeader header) {
    byte[] xml = TissBinding.current().writeDemonstrativo(result, header);
    checkValid(xml, "demonstrativo");
    return xml;
  }

  public static void write(PricingResult result, DemonstrativoHeader header, OutputStream out) {
    try {
      out.write(write(result, header));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(PricingResult result, DemonstrativoHeader header, Path file) {
    try {
      Files.write(file, write(result, header));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static void checkValid(byte[] xml, String what) {
    List<TissProblem> problems = TissValidator.validate(xml);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the " + what + " written is not valid TISS " + TissRelease.CURRENT.padrao()
          + ": " + problems);
    }
  }
}
