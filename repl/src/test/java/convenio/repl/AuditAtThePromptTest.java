package convenio.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.i18n.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auditor's operations at the prompt on the March 2025 lote of Hospital São Lucas (contracts/hospital-sao-lucas;
 * its case file works out the base: RI-1001 paid 8.152,36, the lote 12.952,36 of 15.656,54), and their completion.
 */
class AuditAtThePromptTest {
  static final Path ROOT = Path.of("..", "contracts", "hospital-sao-lucas");
  StringWriter sw = new StringWriter();
  ReplSession s = new ReplSession(new PrintWriter(sw));

  @BeforeEach
  void open() {
    Lang.setDefault(Lang.EN);
    s.load(ROOT.resolve("hospital-sao-lucas.convenio").toString());
    s.open(ROOT.resolve("lotes/lote-2025-03.xml").toString());
  }

  String out() {
    String o = sw.toString();
    sw.getBuffer().setLength(0);
    return o;
  }

  @Test
  void operationsChangeWhatPriceAndExplainShow() {
    out();
    // seq 3 paid 558,81: glosa all → lote paid 12.952,36 − 558,81 = 12.393,55
    s.execute("glosa all RI-1001 3 2014 \"Material não utilizado\"");
    String o = out();
    assertTrue(o.contains("#1 glosa all RI-1001 item 3: 2014, R$ 798,30"), o);
    assertTrue(o.contains("paid R$ 0,00, glosed R$ 798,30"), o);
    s.execute("split RI-1001 8 2");
    assertTrue(out().contains("#2 split RI-1001 item 8 into 2 days, 2025-03-10 to 2025-03-11"));
    s.execute("price");
    o = out();
    assertTrue(o.contains("with the auditor's decisions"), o);
    assertTrue(o.contains("12.393,55"), o);
    s.execute("explain RI-1001 17");
    assertTrue(out().contains("split into 2 days: day 2 of 2"));
    s.execute("undo");
    s.execute("undo");
    s.execute("price");
    assertTrue(out().contains("12.952,36"));
    assertEquals(0, s.failures());
    s.execute("split RI-1001 8 3");
    assertTrue(out().contains("error: cannot split item 8 into 3 days: it has only 2 unit(s)"));
    s.execute("glosa all RI-1001 3 1799");
    assertTrue(out().contains("1799 is not in TISS table 38"));
    assertEquals(2, s.failures());
  }

  @Test
  void aGroupGlosaGoesToEveryOpenLoteThatHoldsItsGuidesAndUndoTakesItBackFromAll() {
    // The SP/SADT lote beside the internação one: SADT-1003 holds medication 90000052 paid 26,40 (lote paid
    // 1.463,00 of 1.905,28; its case file works it out). 10% of 26,40 = 2,64 glosed 2014 there.
    s.open(ROOT.resolve("lotes/lote-2025-03-sadt.xml").toString());
    out();
    s.execute("group glosa 10% matmed in RI-1001,SADT-1003 2014 \"Consumo acima do registrado\"");
    String o = out();
    assertTrue(o.contains("group glosa 10% (matmed) 2014 on RI-1001:"), o);
    assertTrue(o.contains("group glosa 10% (matmed) 2014 on SADT-1003: 1 item(s), R$ 2,64"), o);
    s.execute("price");
    assertTrue(out().contains("1.460,36"), "1.463,00 − 2,64 = 1.460,36");
    s.execute("undo");
    out();
    s.execute("price");
    o = out();
    assertTrue(o.contains("12.952,36") && o.contains("1.463,00"), o);
    s.execute("group glosa 10% matmed in SADT-9999 2014 \"x\"");
    assertTrue(out().contains("SADT-9999"));
    assertEquals(1, s.failures());
  }

  @Test
  void completionOffersKeywordsGuidesItemsSelectionsAndCodes() {
    assertTrue(complete("glosa ").containsAll(List.of("all", "RI-1001", "RI-1002")));
    assertTrue(complete("glosa all RI-1001 ").containsAll(List.of("1", "16")));
    List<String> codes = complete("glosa all RI-1001 3 ");
    assertTrue(codes.contains("2014") && codes.contains("1705"), codes.toString());
    assertTrue(complete("group glosa 10% ").containsAll(List.of("all", "matmed", "opme", "gases", "fees")));
    assertTrue(complete("revert ").contains("table"));
    assertTrue(complete("sp").contains("split") || complete("").contains("split"));
  }

  List<String> complete(String text) {
    List<Candidate> candidates = new ArrayList<>();
    new ReplCompleter(s).complete(null, new DefaultParser().parse(text, text.length(), Parser.ParseContext.COMPLETE),
        candidates);
    return candidates.stream().map(Candidate::value).toList();
  }
}
