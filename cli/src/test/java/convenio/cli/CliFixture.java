package convenio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small contract and account written by the tests, and a way to run the command line with captured output.
 * Contract: consultation 10101012 at R$ 180,00 and ECG 40101010 at R$ 30,00, nothing else priced.
 * Account G-1: the consultation presented at R$ 200,00 (glosa 1705 of R$ 20,00) and 2 ECGs at R$ 30,00.
 */
final class CliFixture {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final Path dir;

  CliFixture(Path dir) {
    this.dir = dir;
  }

  static final String CONTRACT = """
      contract "Operadora Teste x Clínica Teste" version 2
        operator ans "123456"
        provider cnpj "11.222.333/0001-81"
        effective 2025-01-01

      price procedure "10101012" = R$ 180,00
      price procedure "40101010" = R$ 30,00
      """;

  static String account(String lote, String guide, String consultaValue) {
    return """
        loteNumber: "%s"
        operatorAns: "123456"
        provider: { cnpj: "11222333000181" }
        guides:
          - number: "%s"
            type: sp_sadt
            beneficiary: { cardNumber: "0001" }
            items:
              - { seq: 1, kind: procedure, table: "22", code: "10101012", quantity: 1, unitValue: "%s", date: 2025-03-10 }
              - { seq: 2, kind: procedure, table: "22", code: "40101010", quantity: 2, unitValue: "R$ 30,00", date: 2025-03-10 }
        """.formatted(lote, guide, consultaValue);
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
