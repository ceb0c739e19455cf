package convenio.tiss;

import convenio.tiss.read.MessagePass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the small whole messages of the recurso cycle: a recursoGlosa sent, the operator's respostaRecursoGlosa and
 * demonstrativoPagamento. Same safe reader, hash check and optional validation as the lote and demonstrativo readers;
 * a message of another kind throws {@link TissException} with its place.
 */
public final class MessageReader {
  private final ReadOptions options;

  public MessageReader() {
    this(ReadOptions.DEFAULTS);
  }

  public MessageReader(ReadOptions options) {
    this.options = options;
  }

  /** A message read, with the problems found and its hash check. */
  public record Result<T>(T message, List<TissProblem> problems, HashCheck hash) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  public Result<TissMessages.Recurso> recurso(InputStream in) {
    return MessagePass.run(in, options, "recursoGlosa (prestadorParaOperadora/recursoGlosa/guiaRecursoGlosa)",
        (binding, ctx) -> binding.readRecurso(ctx));
  }

  public Result<TissMessages.Resposta> resposta(InputStream in) {
    return MessagePass.run(in, options, "respostaRecursoGlosa (operadoraParaPrestador/respostaRecursoGlosa)",
        (binding, ctx) -> binding.readResposta(ctx));
  }

  public Result<TissMessages.Pagamento> pagamento(InputStream in) {
    return MessagePass.run(in, options,
        "demonstrativoPagamento (operadoraParaPrestador/demonstrativosRetorno/demonstrativoPagamento)",
        (binding, ctx) -> binding.readPagamento(ctx));
  }

  public Result<TissMessages.Recurso> recurso(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return recurso(in);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
  }

  public Result<TissMessages.Resposta> resposta(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return resposta(in);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
  }

  public Result<TissMessages.Pagamento> pagamento(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return pagamento(in);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
  }
}
