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
 * card number, …) is an IllegalArgumentException listing every such problem, never an invalid file.
 *
 * <p>One pass: the message is written from the result and hashed as it is written. Checking it against the schema
 * as well reads it a second time, so it is asked for: {@link #write(PricingResult, DemonstrativoHeader, boolean)},
 * or for every call of a process with the system property {@value #VALIDATE_PROPERTY}{@code =true} (which this
 * module's tests set, so that everything they write is validated). A schema failure there is a bug of the writer,
 * thrown as IllegalStateException.
 */
public final class DemonstrativoWriter {
  private DemonstrativoWriter() {}

  /** The system property that turns on the schema check of every message written (default off). */
  public static final String VALIDATE_PROPERTY = "convenio.tiss.validateWritten";

  /** The demonstrativo, schema-checked only when {@value #VALIDATE_PROPERTY} is {@code true}. */
  public static byte[] write(PricingResult result, DemonstrativoHeader header) {
    return write(result, header, Boolean.getBoolean(VALIDATE_PROPERTY));
  }

  /** The demonstrativo, checked against the 4.03.00 schema after writing when {@code validate}. */
  public static byte[] write(PricingResult result, DemonstrativoHeader header, boolean validate) {
    byte[] xml = TissBinding.current().writeDemonstrativo(result, header);
    if (validate) checkValid(xml, "written.demonstrativo");
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
      throw new UncheckedIOException(TissTexts.M.get("file.unwritable", file), e);
    }
  }

  /** @param what the bundle key of the message's name ({@code written.demonstrativo}, {@code written.recurso}) */
  static void checkValid(byte[] xml, String what) {
    List<TissProblem> problems = TissValidator.validate(xml);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(TissTexts.M.get("written.invalid", TissTexts.M.text(what),
          TissRelease.CURRENT.padrao(), problems));
    }
  }
}
