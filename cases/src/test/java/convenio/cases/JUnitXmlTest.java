package convenio.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convenio.model.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitXmlTest {
  @Test
  void oneSuitePerFileWithFailuresErrorsAndSkipsThatAParserReads() throws Exception {
    Path file = Path.of("contracts/x/cases/a.yaml");
    TestCase c = new TestCase("paid <R$ 10> & \"quoted\"", null, file, 3, Path.of("c.convenio"), null,
        Expectations.NONE, null);
    CaseResult failed = new CaseResult(c, CaseResult.Status.FAILED,
        List.of(new Mismatch(5, "totals: paid", Money.parse("10,00").format(), "R$ 9,00", null)), null, null, 12);
    CaseResult skipped = new CaseResult(c, CaseResult.Status.SKIPPED, List.of(), "later", null, 0);
    FileOutcome outcome = new FileOutcome(file, List.of(new CaseProblem(file, 9, "unknown key 'x'")),
        List.of(failed, skipped));
    String xml = JUnitXml.render(new TestReport(List.of(outcome), List.of()));

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("errors"));
    assertEquals("1", suite.getAttribute("skipped"));
    assertEquals("paid <R$ 10> & \"quoted\"",
        ((Element) doc.getElementsByTagName("testcase").item(1)).getAttribute("name"));
    String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
    assertEquals(true, failure.contains("expected R$ 10,00"), failure);
    assertEquals(true, doc.getElementsByTagName("error").item(0).getTextContent().contains("a.yaml:9"));
  }
}
