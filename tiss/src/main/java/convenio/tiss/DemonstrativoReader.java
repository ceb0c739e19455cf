package convenio.tiss;

import convenio.tiss.read.AnalisePass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an operator's demonstrativo de análise de conta (operadoraParaPrestador/demonstrativosRetorno) into
 * {@link AnaliseConta} records: the glosas a recurso disputes. Same safety, hash check and optional validation as
 * the lote reader; the message is small and bound whole.
 */
public final class DemonstrativoReader {
  private final ReadOptions options;

  public DemonstrativoReader() {
    this(ReadOptions.DEFAULTS);
  }

  public DemonstrativoReader(ReadOptions options) {
    this.options = options;
  }

  /** The demonstrativos of the message (a message may carry up to 30) and the problems found. */
  public record Result(List<AnaliseConta> demonstrativos, List<TissProblem> problems, HashCheck hash) {
    public Result {
      demonstrativos = List.copyOf(demonstrativos);
      problems = List.copyOf(problems);
    }
  }

  public Result read(InputStream in) {
    return AnalisePass.run(in, options);
  }

  public Result read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
  }
}
