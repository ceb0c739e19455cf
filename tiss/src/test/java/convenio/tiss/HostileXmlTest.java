package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** DTDs, entities and oversized values are refused quickly, before anything large is buffered. */
class HostileXmlTest {
  private static final String NS = "xmlns:ans=\"http://www.ans.gov.br/padroes/tiss/schemas\"";
  private final TissReader reader = new TissReader();

  @Test
  void externalEntityIsRefused() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ans:mensagemTISS [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<ans:mensagemTISS " + NS + "><ans:cabecalho><ans:Padrao>&xxe;</ans:Padrao></ans:cabecalho>"
        + "</ans:mensagemTISS>";
    TissException e = refused(xml);
    assertTrue(e.getMessage().contains("DOCTYPE refused"), e.getMessage());
    assertTrue(e.line() == 2, e::getMessage);
    assertThrows(TissException.class, () -> TissHash.compute(bytes(xml)));
    assertThrows(TissException.class, () -> TissValidator.validate(bytes(xml)));
  }

  @Test
  void externalDtdIsNeverFetched() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ans:mensagemTISS SYSTEM \"http://10.255.255.1/evil.dtd\">\n"
        + "<ans:mensagemTISS " + NS + "/>";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(xml));
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      dtd.append("\">");
    }
    dtd.append("]>");
    String xml = "<?xml version=\"1.0\"?>" + dtd + "<ans:mensagemTISS " + NS + "><ans:cabecalho><ans:Padrao>&lol9;"
        + "</ans:Padrao></ans:cabecalho></ans:mensagemTISS>";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(xml));
  }

  @Test
  void entityReferenceWithoutDtdIsRefused() {
    TissException e = refused("<?xml version=\"1.0\"?><ans:mensagemTISS " + NS + "><ans:cabecalho><ans:Padrao>"
        + "&foo;</ans:Padrao></ans:cabecalho></ans:mensagemTISS>");
    assertTrue(e.getMessage().contains("entit"), e.getMessage());
  }

  @Test
  void fiftyMegabyteTextNodeIsRefusedAfterItsFirstMegabyte() throws IOException {
    byte[] lote = Files.readAllBytes(TestFiles.sample("v4.02-lote-sadt-14-guias.xml"));
    String s = new String(lote, StandardCharsets.ISO_8859_1);
    // Inside a guide, where JAXB would otherwise accumulate the whole value.
    int at = s.indexOf("INDICACAO CLINICA 01");
    Counting in = new Counting(new SequenceInputStream(new SequenceInputStream(
        new ByteArrayInputStream(Arrays.copyOfRange(lote, 0, at)), new Repeat((byte) 'A', 50L * 1024 * 1024)),
        new ByteArrayInputStream(Arrays.copyOfRange(lote, at, lote.length))));
    TissException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(TissException.class, () -> reader.read(in)));
    assertTrue(e.getMessage().contains("indicacaoClinica longer than 1000000 characters"), e.getMessage());
    assertTrue(e.line() > 0);
    assertTrue(in.count < 3L * 1024 * 1024, "read " + in.count + " bytes of 50 MB before refusing");
  }

  @Test
  void fiftyMegabyteAttributeIsRefusedBeforeTheParserHoldsIt() {
    Counting in = new Counting(new SequenceInputStream(new SequenceInputStream(
        new ByteArrayInputStream(("<?xml version=\"1.0\"?><ans:mensagemTISS " + NS + " a=\"").getBytes()),
        new Repeat((byte) 'A', 50L * 1024 * 1024)), new ByteArrayInputStream("\"/>".getBytes())));
    TissException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(TissException.class, () -> reader.read(in)));
    assertTrue(e.getMessage().contains("without markup"), e.getMessage());
    assertTrue(in.count < 12L * 1024 * 1024, "read " + in.count + " bytes of 50 MB before refusing");
  }

  @Test
  void theTextLimitIsConfigurable() throws IOException {
    String xml = Files.readString(TestFiles.synthetic("consulta-4.03.xml"), StandardCharsets.ISO_8859_1)
        .replace("MEDICA EXEMPLO", "M".repeat(150));
    TissReader strict = new TissReader(ReadOptions.DEFAULTS.withMaxTextChars(100));
    TissException e = assertThrows(TissException.class, () -> strict.read(new ByteArrayInputStream(bytes(xml))));
    assertTrue(e.getMessage().contains("nomeProfissional longer than 100 characters"), e.getMessage());
  }

  @Test
  void utf16IsRefused() {
    byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><ans:mensagemTISS " + NS + "/>")
        .getBytes(StandardCharsets.UTF_16);
    TissException e = assertThrows(TissException.class, () -> reader.read(new ByteArrayInputStream(utf16)));
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void malformedXmlNamesItsPlace() {
    TissException e = refused("<?xml version=\"1.0\"?>\n<ans:mensagemTISS " + NS + ">\n<ans:cabecalho>\n"
        + "</ans:mensagemTISS>");
    assertTrue(e.line() == 4, e::getMessage);
  }

  @Test
  void somethingElseThanTissIsRefused() {
    TissException e = refused("<?xml version=\"1.0\"?><html/>");
    assertTrue(e.getMessage().contains("not a TISS message"), e.getMessage());
  }

  private TissException refused(String xml) {
    return assertThrows(TissException.class, () -> reader.read(new ByteArrayInputStream(bytes(xml))));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@code n} copies of one byte, generated as read: the 50 MB never exist in memory or on disk. */
  static final class Repeat extends InputStream {
    private final byte b;
    private long left;

    Repeat(byte b, long n) {
      this.b = b;
      this.left = n;
    }

    @Override
    public int read() {
      if (left <= 0) return -1;
      left--;
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (left <= 0) return -1;
      int n = (int) Math.min(len, left);
      Arrays.fill(buf, off, off + n, b);
      left -= n;
      return n;
    }
  }

  static final class Counting extends InputStream {
    private final InputStream in;
    long count;

    Counting(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int c = in.read();
      if (c >= 0) count++;
      return c;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) count += n;
      return n;
    }
  }
}
