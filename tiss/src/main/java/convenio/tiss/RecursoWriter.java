package convenio.tiss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a recurso de glosa (provider → operator) as a TISS 4.03.00 message: the disputed item glosas grouped by
 * guide, each with its justification (≤ 500 characters) and the value under appeal, the total appealed and the
 * epilogo hash. Like {@link DemonstrativoWriter}, invalid data is refused with every reason and the output is
 * checked against the schema.
 */
public final class RecursoWriter {
  private RecursoWriter() {}

  public static byte[] write(RecursoHeader header, List<RecursoItem> items) {
    byte[] xml = TissBinding.current().writeRecurso(header, items);
    DemonstrativoWriter.checkValid(xml, "recurso de glosa");
    return xml;
  }

  public static void write(RecursoHeader header, List<RecursoItem> items, Path file) {
    try {
      Files.write(file, write(header, items));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
