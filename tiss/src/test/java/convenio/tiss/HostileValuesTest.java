package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Guide;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus of values: a lote of three guides (B-1 fine, B-2 already broken, B-3 fine) with one value of
 * guide B-1 made odd at a time. Each is a finding on B-1 that names the item; B-3 is still read. Truncated and
 * mis-encoded messages are refused with what is wrong, and nothing is printed behind the caller's back.
 */
class HostileValuesTest {
  static String lote() throws Exception {
    return Files.readString(TestFiles.synthetic("lote-guia-quebrada.xml"), StandardCharsets.ISO_8859_1);
  }

  static TissReadResult read(String xml) {
    return new TissReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<ans:quantidadeExecutada>1</ans:quantidadeExecutada>|<ans:quantidadeExecutada>99999999999999999999</ans:quantidadeExecutada>|item 1 (|is larger than a TISS quantity holds",
      "<ans:quantidadeExecutada>1</ans:quantidadeExecutada>|<ans:quantidadeExecutada>0</ans:quantidadeExecutada>|item 1 (|quantity 0 is not positive",
      "<ans:quantidadeExecutada>1</ans:quantidadeExecutada>|<ans:quantidadeExecutada>-2</ans:quantidadeExecutada>|item 1 (|quantity -2 is not positive",
      "<ans:valorTotal>250.00</ans:valorTotal>|<ans:valorTotal>-250.00</ans:valorTotal>|procedure 1|valorTotal -250.00 is negative",
      "<ans:valorTotal>250.00</ans:valorTotal>|<ans:valorTotal>1234567890123456789012</ans:valorTotal>|procedure 1|is larger than a TISS item value holds",
      // 250.00 × 1 × 1.00 = 250.00, not 260.00
      "<ans:valorTotal>250.00</ans:valorTotal>|<ans:valorTotal>260.00</ans:valorTotal>|item 1 (|valorTotal 260.00 is not unit value × quantity = 250.00 × 1 = 250.00",
  })
  void anOddValueIsAFindingOnItsGuideAndItemAndTheRestIsRead(String from, String to, String item, String what)
      throws Exception {
    String xml = lote();
    assertTrue(xml.contains(from));
    TissReadResult r = read(xml.replaceFirst(java.util.regex.Pattern.quote(from), to));
    assertEquals(List.of("B-3"), r.account().guides().stream().map(Guide::number).toList(),
        "B-1 is not priced as written; B-2 was broken already; B-3 is read");
    TissProblem p = r.problems().stream().filter(x -> "B-1".equals(x.guide())).findFirst().orElseThrow();
    assertEquals(TissProblem.Kind.GUIDE_SKIPPED, p.kind());
    assertTrue(p.line() > 0, "placed at the guide");
    assertTrue(p.message().contains(item), p.message());
    assertTrue(p.message().contains(what), p.message());
    assertFalse(p.message().contains("fractions of a cent") && !what.contains("fractions"), p.message());
  }

  @Test
  void twoProceduresWithOneSequencialItemAreAFindingOnTheirGuide() throws Exception {
    String xml = lote();
    String open = "<ans:procedimentoExecutado>", close = "</ans:procedimentoExecutado>";
    int from = xml.indexOf(open), to = xml.indexOf(close, from) + close.length();
    // B-1's procedure, sequencialItem 1, written twice.
    TissReadResult r = read(xml.substring(0, to) + xml.substring(from, to) + xml.substring(to));
    assertEquals(List.of("B-3"), r.account().guides().stream().map(Guide::number).toList());
    TissProblem p = r.problems().stream().filter(x -> "B-1".equals(x.guide())).findFirst().orElseThrow();
    assertTrue(p.message().contains("sequencialItem 1 is used by two procedures of the guide"), p.message());
    // Its other expense is numbered 2 in a list of its own: procedures and expenses may share numbers.
    assertEquals(List.of("B-1", "B-3"), read(xml).account().guides().stream().map(Guide::number).toList());
  }

  @Test
  void aTruncatedMessageSaysSoAndNeverBlamesEntities() throws Exception {
    byte[] whole = lote().getBytes(StandardCharsets.ISO_8859_1);
    for (int eighth = 1; eighth < 8; eighth++) {
      byte[] part = java.util.Arrays.copyOf(whole, whole.length * eighth / 8);
      TissException e = assertThrows(TissException.class, () -> new TissReader().read(new ByteArrayInputStream(part)));
      assertFalse(e.getMessage().contains("entit"), eighth + "/8: " + e.getMessage());
      assertTrue(e.getMessage().contains("incomplete") || e.getMessage().contains("must be terminated"),
          eighth + "/8: " + e.getMessage());
      assertTrue(e.line() > 0, "has a place");
    }
  }

  @Test
  void aByteThatIsNotUtf8IsRefusedWithItsPlaceAndNothingOnStderr() throws Exception {
    String xml = lote().replace("encoding=\"ISO-8859-1\"", "encoding=\"UTF-8\"");
    byte[] good = xml.getBytes(StandardCharsets.UTF_8);
    String marker = "<ans:valorTotal>250.00</ans:valorTotal>";
    int at = xml.indexOf(marker) + marker.length();
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, at);
    bad[at] = (byte) 0xE7; // "ç" in Latin-1: not UTF-8
    bad[at + 1] = (byte) 0x20;
    System.arraycopy(good, at, bad, at + 2, good.length - at);
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    TissException e;
    try {
      e = assertThrows(TissException.class, () -> new TissReader().read(new ByteArrayInputStream(bad)));
    } finally {
      System.setErr(before);
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8), "the JDK parser's [Fatal Error] line is not printed");
    assertTrue(e.getMessage().contains("byte 0xE7 is not valid in the encoding"), e.getMessage());
    assertEquals(78, e.line(), "the line of the valorTotal it follows");
    // "              <ans:valorTotal>250.00</ans:valorTotal>" is 14 spaces and 39 characters: the byte is column 54.
    assertEquals(54, e.column());
  }
}
