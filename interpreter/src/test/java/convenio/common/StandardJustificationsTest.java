package convenio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convenio.model.GlosaGroup;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index the engine reads and the module analysts import are generated together; they must say the same. */
class StandardJustificationsTest {
  @Test
  void theIndexSaysWhatTheModuleDeclares() {
    Program p = ModuleLoader.load(new SourceFile("<test>", "module t\nimport std.tiss.glosas\n", null), n -> null);
    Map<String, StandardJustifications.Entry> fromModule = new HashMap<>();
    for (ContractFile f : p.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Justification j) {
          fromModule.putIfAbsent(j.code(), new StandardJustifications.Entry(j.name(), j.code(), j.group(), j.text()));
        }
      }
    }
    assertEquals(768, fromModule.size(), "TISS 4.03.00 table 38 has 768 codes");
    assertEquals(fromModule, StandardJustifications.all());
  }

  @Test
  void knownCodes() {
    // dm_tipoGlosa: 1705 VALOR APRESENTADO A MAIOR (administrative: a valuation rule); the alias is its first name
    StandardJustifications.Entry e = StandardJustifications.of("1705");
    assertEquals("VALOR_APRESENTADO_A_MAIOR", e.name());
    assertEquals(GlosaGroup.ADMINISTRATIVE, e.group());
    assertEquals("VALOR APRESENTADO A MAIOR", e.text());
    assertEquals(null, StandardJustifications.of("9956"), "4.03.00 has no 99xx range");
  }
}
