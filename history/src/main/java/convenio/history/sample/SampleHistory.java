package convenio.history.sample;

import convenio.history.sample.SampleMessages.Answer;
import convenio.history.sample.SampleMessages.GlosaAt;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import convenio.tiss.AccountYaml;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of synthetic glosa history for one hospital and two operators, always the same (fixed seed): per operator and
 * month a lote (YAML account), the operator's demonstrativo de análise de conta 20 days later, the hospital's recurso
 * of the administrative glosas 10 days after that, and the operator's answer 25 days later. The last two months have
 * no answer yet and the last no recurso, so {@code history due} has something to say. Operator A glosas more (about
 * 4%) than B (about 1.5%); technical glosas (18xx–28xx) are not appealed.
 *
 * <p>Run: {@code java -cp convenio.jar convenio.history.sample.SampleHistory examples/glosa-history}
 */
public final class SampleHistory {
  private SampleHistory() {}

  private record Operator(String ans, String name, String cnpj, int glosaPerMille) {}

  private static final Operator[] OPERATORS = {
      new Operator("111111", "OPERADORA ALFA SAUDE", "11111111000111", 40),
      new Operator("222222", "OPERADORA BETA SAUDE", "22222222000122", 15)};

  /** Procedures and expenses billed: table, code, kind, unit value. */
  private static final Object[][] CATALOG = {
      {"22", "10101012", ItemKind.PROCEDURE, "150.00"}, {"22", "40301010", ItemKind.PROCEDURE, "28.00"},
      {"22", "40901122", ItemKind.PROCEDURE, "420.00"}, {"22", "31009018", ItemKind.PROCEDURE, "1850.00"},
      {"19", "90000001", ItemKind.MATERIAL, "64.50"}, {"20", "90100001", ItemKind.MEDICATION, "37.80"},
      {"18", "60000001", ItemKind.DAILY_RATE, "690.00"}};

  /** Glosa codes with their weight: administrative ones appealed, technical ones not. */
  private static final String[][] CODES = {{"1705", "30"}, {"1714", "12"}, {"1001", "6"}, {"1401", "10"},
      {"1801", "8"}, {"2001", "6"}, {"2101", "5"}, {"1902", "3"}};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "examples/glosa-history");
    int n = write(out, 20260101L);
    System.out.println("written " + n + " files to " + out);
  }

  /** Writes the history into {@code out} (lotes/, demonstrativos/, recursos/, respostas/); returns the file count. */
  public static int write(Path out, long seed) throws IOException {
    Random r = new Random(seed);
    int files = 0;
    for (String sub : new String[] {"lotes", "demonstrativos", "recursos", "respostas"}) Files.createDirectories(out.resolve(sub));
    Provider provider = new Provider("9001", null, null, "HOSPITAL EXEMPLO", "1234567");
    for (int m = 0; m < 12; m++) {
      YearMonth month = YearMonth.of(2025, 1 + m);
      for (Operator op : OPERATORS) {
        String lote = (op.ans().charAt(0) == '1' ? "1" : "2") + month.toString().replace("-", "");
        List<Guide> guides = new ArrayList<>();
        for (int g = 1; g <= 15; g++) {
          LocalDate day = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
          List<Item> items = new ArrayList<>();
          int count = 1 + r.nextInt(4);
          for (int s = 1; s <= count; s++) {
            Object[] c = CATALOG[r.nextInt(CATALOG.length)];
            BigDecimal qty = BigDecimal.valueOf(1 + r.nextInt(3));
            Money unit = Money.of((String) c[3]);
            items.add(new Item(s, (ItemKind) c[2], (String) c[0], (String) c[1], (String) c[1], qty, null, day, null,
                null, null, null, null, unit, unit.times(qty, java.math.RoundingMode.HALF_UP), null, List.of()));
          }
          GuideType type = count == 1 && items.get(0).code().equals("10101012") ? GuideType.CONSULTA : GuideType.SP_SADT;
          guides.add(new Guide(lote + "-" + g, null, null, type, new Beneficiary(String.format("%017d", 1000 + g), null,
              null, false), null, "1", null, null, null, null, null, day, null, day, null, null, items));
        }
        LocalDate sent = month.atEndOfMonth().plusDays(5);
        Account a = new Account(lote, "4.03.00", op.ans(), provider, sent, guides);
        Files.writeString(out.resolve("lotes/lote-" + lote + ".yaml"), AccountYaml.writeYaml(a));
        files++;
        // the demonstrativo: each item glosed with probability glosaPerMille × 2 ‰, a part or all of it
        List<GlosaAt> glosas = new ArrayList<>();
        for (Guide g : guides) {
          for (Item i : g.items()) {
            if (r.nextInt(1000) >= op.glosaPerMille() * 2) continue;
            String code = pick(r);
            long cents = i.totalValue().cents() * (20 + r.nextInt(81)) / 100;
            glosas.add(new GlosaAt(g.number(), i.seq(), code, Money.ofCents(Math.max(cents, 1))));
          }
        }
        LocalDate demoDate = sent.plusDays(20);
        String protocol = lote + "1";
        Files.write(out.resolve("demonstrativos/demonstrativo-" + lote + ".xml"), SampleMessages.demonstrativo(a, glosas,
            op.name(), op.cnpj(), "D" + lote, demoDate, protocol));
        files++;
        if (m == 11) continue; // the last month's glosas are still to appeal
        List<GlosaAt> appealed = glosas.stream().filter(x -> x.code().startsWith("1") && x.code().compareTo("18") < 0).toList();
        if (appealed.isEmpty()) continue;
        LocalDate recursoDate = demoDate.plusDays(10);
        Files.write(out.resolve("recursos/recurso-" + lote + ".xml"), SampleMessages.recurso(a, op.name(), protocol,
            "R" + lote, recursoDate, appealed));
        files++;
        if (m >= 10) continue; // the answers to the last recursos are still awaited
        List<Answer> answers = new ArrayList<>();
        for (GlosaAt x : appealed) {
          Item i = a.guides().stream().filter(g -> g.number().equals(x.guide())).findFirst().orElseThrow()
              .items().get(x.seq() - 1);
          Money accepted = r.nextInt(100) < 60 ? x.value() : Money.ZERO;
          answers.add(new Answer(x.guide(), x.seq(), i.date(), i.table(), i.code(), x.code(), x.value(), accepted));
        }
        Files.write(out.resolve("respostas/resposta-" + lote + ".xml"), SampleMessages.resposta(op.ans(), op.name(),
            provider.codeAtOperator(), lote, protocol, "R" + lote, recursoDate, recursoDate.plusDays(20 + r.nextInt(11)), answers));
        files++;
      }
    }
    return files;
  }

  private static String pick(Random r) {
    int total = 0;
    for (String[] c : CODES) total += Integer.parseInt(c[1]);
    int x = r.nextInt(total);
    for (String[] c : CODES) {
      x -= Integer.parseInt(c[1]);
      if (x < 0) return c[0];
    }
    return CODES[0][0];
  }
}
