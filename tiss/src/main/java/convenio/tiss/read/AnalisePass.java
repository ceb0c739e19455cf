package convenio.tiss.read;

import convenio.tiss.AnaliseConta;
import convenio.tiss.DemonstrativoReader;
import convenio.tiss.MessageReader;
import convenio.tiss.ReadOptions;
import java.io.InputStream;
import java.util.List;

/** Reads an operator's demonstrativo message: same safe reader and observers as a lote, the message bound whole. */
public final class AnalisePass {
  private AnalisePass() {}

  public static DemonstrativoReader.Result run(InputStream raw, ReadOptions options) {
    MessageReader.Result<List<AnaliseConta>> read = MessagePass.run(raw, options,
        "demonstrativo de análise de conta (operadoraParaPrestador/demonstrativosRetorno/demonstrativoAnaliseConta)",
        (binding, ctx) -> {
          List<AnaliseConta> list = binding.readAnaliseConta(ctx);
          return list.isEmpty() ? null : list;
        });
    return new DemonstrativoReader.Result(read.message(), read.problems(), read.hash());
  }
}
