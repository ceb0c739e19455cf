package convenio.tests;

import static convenio.tests.CaseTests.ROOT;
import static org.junit.jupiter.api.Assertions.assertFalse;

import convenio.cases.Cases;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every analyst's case of contracts/ and of the standard library, one JUnit test per case (named as the analyst
 * named it, grouped by case file), so `mvn verify` fails when a contract stops saying what its cases say.
 */
class AnalystCasesTest {
  private final CaseTests cases = new CaseTests(Cases.runner(), "");

  @TestFactory
  List<DynamicNode> contracts() throws IOException {
    List<DynamicNode> nodes = cases.casesUnder(ROOT.resolve("contracts"));
    assertFalse(nodes.isEmpty(), "no case files found under " + ROOT.resolve("contracts"));
    return nodes;
  }

  @TestFactory
  List<DynamicNode> standardLibrary() throws IOException {
    // Only sources: target/ holds copies of the same files.
    return cases.casesUnder(ROOT.resolve("stdlib/src"));
  }
}
