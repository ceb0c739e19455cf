package convenio.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContinuationTest {
  @Test
  void anOpenBracketOrStringContinuesTheInput() {
    assertTrue(ReplSession.needsMoreLines("max(uco,"));
    assertTrue(ReplSession.needsMoreLines("portes[\"3C\""));
    assertTrue(ReplSession.needsMoreLines("{ 1, 2"));
    assertTrue(ReplSession.needsMoreLines("uco * (1 +\n 2"));
    assertFalse(ReplSession.needsMoreLines("max(uco, R$ 1,00)"));
  }

  @Test
  void theOpenBracketsAreNamedForThePrompt() {
    assertEquals("(", Continuation.openers("max(uco,"));
    assertEquals("([", Continuation.openers("max(portes[\"3C\""));
    assertEquals("{", Continuation.openers("{ 1, (2)"));
    assertEquals("\"", Continuation.openers("\"texto"));
    assertEquals("", Continuation.openers("uco *"));
    assertNull(Continuation.openers("max(uco, R$ 1,00)"));
  }

  @Test
  void aLineEndingWithAnOperatorContinuesTheInput() {
    assertTrue(ReplSession.needsMoreLines("uco *"));
    assertTrue(ReplSession.needsMoreLines("set uco ="));
    assertTrue(ReplSession.needsMoreLines("if reducao > 10% then"));
    assertTrue(ReplSession.needsMoreLines("uco > R$ 1,00 and"));
    assertFalse(ReplSession.needsMoreLines("uco * 2"));
    assertFalse(ReplSession.needsMoreLines("reducao"));
    // A name that ends like a keyword is still a name.
    assertFalse(ReplSession.needsMoreLines("margin"));
    assertFalse(ReplSession.needsMoreLines("let x = 10%"));
  }

  @Test
  void bracketsInStringsAndCommentsDoNotCount() {
    assertFalse(ReplSession.needsMoreLines("\"(\" // (\n"));
    assertFalse(ReplSession.needsMoreLines("uco /* ( */"));
    assertTrue(ReplSession.needsMoreLines("uco /* still open"));
  }

  @Test
  void commandsTakeTheirLineAsItIs() {
    assertFalse(ReplSession.needsMoreLines("open lote-"));
    assertFalse(ReplSession.needsMoreLines("load (draft).convenio"));
    assertFalse(ReplSession.needsMoreLines("why 40901122"));
  }
}
