package convenio.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void suggestsTheClosestNames() {
    assertEquals("did you mean uco?", Suggestions.didYouMean("uc", List.of("uco", "filme_m2", "banda")));
    assertEquals("did you mean cbhpm?", Suggestions.didYouMean("cbhmp", List.of("cbhpm", "simpro")));
  }

  @Test
  void staysQuietWhenNothingIsClose() {
    assertNull(Suggestions.didYouMean("brasindice", List.of("uco", "cbhpm")));
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertEquals(1, Suggestions.distance("porte", "prote"));
  }
}
