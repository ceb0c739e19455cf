package convenio.desk;

import convenio.api.ContractRegistry;
import convenio.model.Account;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.tiss.TissReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The bundled Hospital São Lucas contract and its March 2025 lote (contracts/hospital-sao-lucas, whose case file
 * lote-xml.yaml works out every base value by hand): RI-1001 presented 8.552,06, paid 8.152,36, glosed 399,70;
 * RI-1002 presented 7.104,48, paid 4.800,00, glosed 2.304,48; the lote 15.656,54 = 12.952,36 + 2.704,18.
 */
final class Fixture {
  static final Path CONTRACT = Path.of("..", "contracts", "hospital-sao-lucas");

  private Fixture() {}

  /** A copy of the contract's folder (so a test can change the contract), with its registry. */
  static Path copyContract(Path dir) {
    Path to = dir.resolve("contracts");
    try (Stream<Path> s = Files.walk(CONTRACT)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path rel = CONTRACT.relativize(p);
        if (rel.startsWith("cases") || rel.startsWith("lotes")) continue;
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  static Account lote() {
    try (InputStream in = Files.newInputStream(CONTRACT.resolve("lotes").resolve("lote-2025-03.xml"))) {
      return new TissReader().read(in).account();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ContractRegistry registry(Path folder) {
    return ContractRegistry.open(folder);
  }

  static ItemResult item(PricingResult r, String guide, int seq) {
    return r.guide(guide).item(seq);
  }

  static Money m(String plain) {
    return Money.of(plain);
  }
}
