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
    return write(header, items, List.of());
  }

  /**
   * A recurso of guides (objetoRecurso 2): guides glosed whole appealed whole ({@code recursoGuiaCompleta}), the
   * others item by item ({@code itensGuia}). TISS holds one form per guide: a guide appealed whole has no items here.
   */
  public static byte[] write(RecursoHeader header, List<RecursoItem> items, List<RecursoGuiaCompleta> wholeGuides) {
    byte[] xml = TissBinding.current().writeRecurso(header, items, wholeGuides);
    DemonstrativoWriter.checkValid(xml, "written.recurso");
    return xml;
  }

  /** A recurso of the whole protocol (objetoRecurso 1, {@code recursoProtocolo}). */
  public static byte[] write(RecursoHeader header, RecursoProtocolo protocol) {
    byte[] xml = TissBinding.current().writeRecursoProtocolo(header, protocol);
    DemonstrativoWriter.checkValid(xml, "written.recurso");
    return xml;
  }

  public static void write(RecursoHeader header, List<RecursoItem> items, Path file) {
    write(file, write(header, items));
  }

  /** Writes bytes made by one of the methods above to a file. */
  public static void write(Path file, byte[] xml) {
    try {
      Files.write(file, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unwritable", file), e);
    }
  }
}
