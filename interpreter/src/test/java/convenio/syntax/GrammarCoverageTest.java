package convenio.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.check.Golden;
import convenio.grammar.ConvenioLexer;
import convenio.grammar.ConvenioParser;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

/**
 * The AST builder handles every alternative of the grammar: each declaration and each labelled alternative
 * ({@code # name}) appears in the syntax snapshots (src/test/resources/syntax/), and {@link AstSnapshotTest} builds
 * them. A new alternative therefore needs a snapshot, and a builder that forgets it fails there instead of dropping
 * the declaration. A declaration with a syntax error inside is left out, and the ones after it are kept.
 */
class GrammarCoverageTest {
  /** The rules whose alternatives are labelled: the builder tells them apart by their context class. */
  private static final List<Class<?>> LABELLED = List.of(ConvenioParser.HeaderClauseContext.class,
      ConvenioParser.RoundingModeContext.class, ConvenioParser.TableClauseContext.class,
      ConvenioParser.RouteOptionContext.class, ConvenioParser.PeriodContext.class, ConvenioParser.RegimeContext.class,
      ConvenioParser.PackageClauseContext.class, ConvenioParser.CodeFilterContext.class,
      ConvenioParser.ExprContext.class, ConvenioParser.PrimaryContext.class, ConvenioParser.LiteralContext.class);

  @Test
  void everyAlternativeHasASnapshotTheBuilderBuilds() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (Method m : ConvenioParser.DeclarationContext.class.getDeclaredMethods()) {
      if (m.getParameterCount() == 0 && ParserRuleContext.class.isAssignableFrom(m.getReturnType())) {
        expected.add(m.getReturnType().getSimpleName());
      }
    }
    assertEquals(19, expected.size(), "declaration kinds: " + expected);
    for (Class<?> nested : ConvenioParser.class.getDeclaredClasses()) {
      if (LABELLED.contains(nested.getSuperclass())) expected.add(nested.getSimpleName());
    }
    Set<String> seen = new TreeSet<>();
    for (Path input : Golden.inputs(AstSnapshotTest.DIR, ".convenio")) {
      ConvenioParser parser = new ConvenioParser(new CommonTokenStream(new ConvenioLexer(
          CharStreams.fromString(Files.readString(input)))));
      collect(parser.file(), seen);
      assertEquals(0, parser.getNumberOfSyntaxErrors(), input.toString());
    }
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(seen);
    assertTrue(missing.isEmpty(), "grammar alternatives no syntax snapshot exercises: " + missing);
  }

  @Test
  void aDeclarationWithASyntaxErrorIsLeftOutAndTheNextIsKept() {
    SourceParser.Result r = SourceParser.parse("t.convenio", """
        module m
        limit procedure "40301010" to 1 per else glosa 1423
        let b = 2
        """);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    List<String> names = r.file().decls().stream().map(d -> d instanceof Decl.Let l ? l.name() : "?").toList();
    assertEquals(List.of("b"), names);
  }

  private static void collect(ParseTree t, Set<String> seen) {
    if (t instanceof ParserRuleContext c) seen.add(c.getClass().getSimpleName());
    for (int i = 0; i < t.getChildCount(); i++) collect(t.getChild(i), seen);
  }
}
