package convenio.tiss.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import convenio.tiss.TestFiles;
import convenio.tiss.TissHash;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one-pass writer hashes what it writes as a reader will hash it: the conformance vectors of
 * petrinhu/TISS_ANS_hash (test resources, SOURCES.md), written again element by element through the writer, carry
 * the vectors' expected MD5, and the reader's independent hash of every message written agrees with the writer's.
 */
class HashingXmlWriterTest {
  /** The vectors made of elements and text only (comments, attributes and UTF-16 are not things we write). */
  private static final List<String> WRITABLE = List.of("syn_minimal.xml", "syn_acento.xml", "syn_crlf_value.xml",
      "syn_entidades_xml.xml", "syn_iso8859_simbolos.xml", "syn_multi_guia.xml", "syn_leading_zero.xml",
      "syn_whitespace_puro.xml", "syn_cdata.xml", "syn_entidade_numerica.xml", "syn_empty.xml");
  private static final Pattern HASH = Pattern.compile("<ans:hash>([0-9a-f]{32})</ans:hash>");

  @TestFactory
  List<DynamicTest> vectorsWrittenAgainCarryTheirExpectedHash() throws Exception {
    Path dir = TestFiles.resource("hash-vectors");
    JsonNode vectors = new ObjectMapper().readTree(dir.resolve("vectors.json").toFile()).get("vectors");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode v : vectors) {
      String id = v.get("id").asText();
      if (!WRITABLE.contains(id)) continue;
      Path input = dir.resolve(v.get("input").asText());
      String expected = v.get("expected_md5").asText();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        byte[] written;
        try (InputStream in = Files.newInputStream(input)) {
          written = rewrite(in);
        }
        assertEquals(expected, writtenHash(written), id + ": the hash the writer put in the epilogo");
        assertEquals(expected, TissHash.compute(written), id + ": the reader's hash of what was written");
      }));
    }
    assertEquals(WRITABLE.size(), tests.size(), "every listed vector is in vectors.json");
    return tests;
  }

  @Test
  void textIsEscapedAndHashedAsItReadsBack() throws Exception {
    HashingXmlWriter x = new HashingXmlWriter(0);
    x.root("mensagemTISS").start("cabecalho");
    x.leaf("observacao", "a&b<c>d\"e'f");
    x.leaf("nomeProfissional", "JOSÉ DA CONCEIÇÃO");
    x.leaf("observacao", "R$ 1 = € 0,17 \uD83D\uDE00");
    x.leaf("observacao", "linha1\r\nlinha2\rlinha3\tfim");
    x.leaf("observacao", "");
    x.leaf("observacao", null);
    x.end().start("epilogo").hash("hash").end().end();
    byte[] xml = x.toByteArray();
    String text = new String(xml, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("<ans:observacao>a&amp;b&lt;c&gt;d\"e'f</ans:observacao>"), text);
    assertTrue(text.contains("<ans:observacao>R$ 1 = &#8364; 0,17 &#128512;</ans:observacao>"), text);
    assertTrue(text.contains("<ans:observacao></ans:observacao>\n"), text);
    assertEquals(4, text.split("<ans:observacao>", -1).length - 1, "the null value writes no element");

    // What a parser reads back, leaf by leaf: CR and CR LF become LF, entities and references are decoded.
    List<String> leaves = leaves(xml);
    assertEquals(List.of("a&b<c>d\"e'f", "JOSÉ DA CONCEIÇÃO", "R$ 1 = € 0,17 \uD83D\uDE00",
        "linha1\nlinha2\nlinha3\tfim", ""), leaves.subList(0, 5));
    // The MD5 of those texts' UTF-8 bytes, concatenated, is the hash; the reader computes it independently.
    java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
    md5.update(String.join("", leaves.subList(0, 5)).getBytes(StandardCharsets.UTF_8));
    String byHand = java.util.HexFormat.of().formatHex(md5.digest());
    assertEquals(byHand, writtenHash(xml));
    assertEquals(byHand, TissHash.compute(xml));
  }

  @Test
  void aCharacterXmlCannotCarryIsRefusedWithItsElement() {
    HashingXmlWriter x = new HashingXmlWriter(0);
    x.root("mensagemTISS");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> x.leaf("observacao", "bip\u0007"));
    assertEquals("observacao: the character U+0007 cannot be written in XML", e.getMessage());
  }

  @Test
  void theHashComesOnceAndTheMessageMustBeClosed() {
    HashingXmlWriter x = new HashingXmlWriter(0);
    x.root("mensagemTISS").start("epilogo").hash("hash");
    assertThrows(IllegalStateException.class, () -> x.hash("hash"));
    assertThrows(IllegalStateException.class, x::toByteArray);
  }

  /** The vector's elements and leaf texts, written again through the writer (the hash element last). */
  private static byte[] rewrite(InputStream in) throws Exception {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = f.createXMLStreamReader(in);
    HashingXmlWriter x = new HashingXmlWriter(0);
    Deque<String> pending = new ArrayDeque<>(); // the innermost element, until we know whether it has children
    Deque<Boolean> started = new ArrayDeque<>();
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (!started.isEmpty() && !started.peek()) {
            String parent = pending.peek();
            if (started.size() == 1) x.root(parent);
            else x.start(parent);
            started.pop();
            started.push(true);
          }
          pending.push(r.getLocalName());
          started.push(false);
          text.setLength(0);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(r.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          String name = pending.pop();
          if (started.pop()) {
            x.end();
          } else if (name.equals("hash")) {
            x.hash(name);
          } else {
            x.leaf(name, text.toString());
          }
          text.setLength(0);
        }
        default -> { }
      }
    }
    return x.toByteArray();
  }

  private static String writtenHash(byte[] xml) {
    Matcher m = HASH.matcher(new String(xml, StandardCharsets.ISO_8859_1));
    assertTrue(m.find(), "an epilogo hash was written");
    return m.group(1);
  }

  private static List<String> leaves(byte[] xml) throws Exception {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
    List<String> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean leaf = false;
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          leaf = true;
          text.setLength(0);
        }
        case XMLStreamConstants.CHARACTERS -> text.append(r.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          if (leaf) out.add(text.toString());
          leaf = false;
        }
        default -> { }
      }
    }
    return out;
  }
}
