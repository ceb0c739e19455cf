package convenio.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Header;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.syntax.Span;
import convenio.tables.LoadedTable;
import convenio.tables.TableLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AST and tables survive the binary format unchanged, and damaged files are refused with their name. */
class ArtifactCodecTest {
  @TempDir Path dir;

  static Program program() {
    Program p = ModuleLoader.load(new SourceFile("contrato.convenio", Samples.CONTRACT, null),
        name -> name.equals("shared.convenio") ? new SourceFile("shared.convenio", Samples.MODULE, null) : null);
    assertTrue(p.diagnostics().stream().noneMatch(Diagnostic::isError), () -> "sample does not parse: "
        + p.diagnostics().stream().map(Diagnostic::headline).toList());
    return p;
  }

  /** Tables as the loader would give them, with a cell of every type (and an empty one). */
  static TableLoader.Result tables(Program p) {
    Map<Decl.Table, LoadedTable> tables = new IdentityHashMap<>();
    for (Decl d : p.main().decls()) {
      if (d instanceof Decl.Table t) {
        String[] keys = {"10101012", "0001"};
        Object[][] cells = {
            {"Consulta", Money.parse("R$ 1.234,56"), new BigDecimal("2.50"), Percent.of("12,5%"),
                LocalDate.of(2025, 1, 31), LocalTime.of(7, 0), Boolean.TRUE, null},
            {"Ação — ç", Money.ofCents(-5), new BigDecimal("-0.001"), Percent.of(70), LocalDate.of(1999, 12, 31),
                LocalTime.of(23, 59, 59), Boolean.FALSE, 42L}};
        tables.put(t, new LoadedTable(t, t.from() == null ? "contrato.convenio" : "tables/cbhpm.csv", t.columns(),
            keys, cells, new int[] {2, 3}));
      }
    }
    Diagnostic warning = Diagnostic.atLine(Severity.WARNING, "table-row", "tables/cbhpm.csv",
        7, "row 7 has no porte", "fill it in or remove the row");
    return new TableLoader.Result(tables, List.of(warning));
  }

  static ArtifactHeader header() {
    return new ArtifactHeader(ArtifactFormat.VERSION, "exemplo-sao-lucas", "3", "Operadora Exemplo x Hospital",
        "999999", "cnpj", "12.345.678/0001-90", LocalDate.of(2025, 1, 1), null, "test", "ab".repeat(32));
  }

  static byte[] sample() {
    Program p = program();
    return ArtifactWriter.encode(header(), p, tables(p));
  }

  @Test
  void roundTripKeepsEveryFileSpanAndTableCell() throws Exception {
    Program p = program();
    TableLoader.Result t = tables(p);
    Artifact a = ArtifactReader.decode("c.cvc", ArtifactWriter.encode(header(), p, t));

    assertEquals(header(), a.header());
    assertEquals(p.files(), a.program().files(), "AST equality, spans and literal values included");
    assertEquals(p.diagnostics(), a.program().diagnostics());
    assertEquals(p.sources().keySet(), a.program().sources().keySet());
    assertEquals(Samples.CONTRACT, a.program().sources().get("contrato.convenio").text());
    assertEquals(t.diagnostics(), a.tables().diagnostics());

    assertEquals(2, a.tables().tables().size());
    for (Decl d : a.program().main().decls()) {
      if (!(d instanceof Decl.Table decl)) continue;
      LoadedTable loaded = a.tables().tables().get(decl);
      LoadedTable original = t.tables().get(p.main().decls().get(a.program().main().decls().indexOf(d)));
      assertTrue(loaded.decl() == decl, "keyed by the identity of the decoded declaration");
      assertEquals(original.file(), loaded.file());
      assertEquals(original.columns(), loaded.columns());
      assertArrayEquals(original.keys(), loaded.keys());
      assertArrayEquals(original.lines(), loaded.lines());
      assertTrue(Arrays.deepEquals(original.cells(), loaded.cells()), "typed cells, scale included");
    }
  }

  /**
   * Tables as the CSV loader gives them (a code column, a money column with empty cells, codes of one width or of
   * many, rows on scattered lines) survive the artifact, and the contract loaded from it holds the same cells.
   */
  @Test
  void tablesStoredColumnByColumnComeBackAsTheirRows() throws Exception {
    Program p = program();
    Map<Decl.Table, LoadedTable> tables = new IdentityHashMap<>();
    for (Decl d : p.main().decls()) {
      if (!(d instanceof Decl.Table t)) continue;
      boolean oneWidth = t.from() != null;
      String[] keys = oneWidth ? new String[] {"10101012", "4031401ç", "20104014"} : new String[] {"1", "22", "ção€"};
      Object[][] cells = new Object[keys.length][];
      for (int r = 0; r < keys.length; r++) {
        cells[r] = new Object[] {keys[r], r == 1 ? null : Money.ofCents(-7 + 1_000_000_000_000L * r), "linha " + r};
      }
      int[] lines = oneWidth ? new int[] {2, 3, 4} : new int[] {5, 9, 10};
      tables.put(t, new LoadedTable(t, "tables/" + t.name() + ".csv", t.columns(), keys, cells, lines));
    }
    TableLoader.Result original = new TableLoader.Result(tables, List.of());
    Artifact a = ArtifactReader.decode("c.cvc", ArtifactWriter.encode(header(), p, original));
    for (Decl d : a.program().main().decls()) {
      if (!(d instanceof Decl.Table decl)) continue;
      LoadedTable loaded = a.tables().tables().get(decl);
      LoadedTable before = original.tables().get(p.main().decls().get(a.program().main().decls().indexOf(d)));
      assertArrayEquals(before.keys(), loaded.keys());
      assertArrayEquals(before.lines(), loaded.lines());
      assertTrue(Arrays.deepEquals(before.cells(), loaded.cells()), "cells, empty ones included");
      assertTrue(loaded.byColumn().data()[1] instanceof long[], "a money column comes back as cents");
    }
  }

  @Test
  void theSampleUsesEveryDeclarationKind() {
    Set<Class<?>> used = new HashSet<>();
    for (var f : program().files()) for (Decl d : f.decls()) used.add(d.getClass());
    assertEquals(new HashSet<>(DeclTag.KINDS), used);
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    assertArrayEquals(sample(), sample());
  }

  @Test
  void aTamperedFileIsRefusedNamingIt() throws Exception {
    byte[] bytes = sample();
    bytes[bytes.length / 2] ^= 0x01;
    Path file = dir.resolve("tampered.cvc");
    Files.write(file, bytes);
    ArtifactException e = assertThrows(ArtifactException.class, () -> ArtifactReader.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }

  @Test
  void aTruncatedFileSaysSo() throws Exception {
    byte[] bytes = sample();
    Path file = dir.resolve("short.cvc");
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
    ArtifactException e = assertThrows(ArtifactException.class, () -> ArtifactReader.read(file));
    assertTrue(e.getMessage().contains("short.cvc is truncated: " + (bytes.length - 100) + " of " + bytes.length),
        e.getMessage());
  }

  @Test
  void anotherFormatVersionIsRefusedWithTheRemedy() throws Exception {
    byte[] bytes = sample();
    bytes[5] = (byte) (ArtifactFormat.VERSION + 1);
    ArtifactException e = assertThrows(ArtifactException.class, () -> ArtifactReader.decode("old.cvc", bytes));
    assertTrue(e.getMessage().contains("old.cvc has artifact format version " + (ArtifactFormat.VERSION + 1)),
        e.getMessage());
    assertTrue(e.hint().contains("convenio compile"), e.hint());
  }

  @Test
  void aFileThatIsNotAnArtifactIsRefused() {
    ArtifactException e = assertThrows(ArtifactException.class,
        () -> ArtifactReader.decode("c.convenio", Samples.CONTRACT.getBytes()));
    assertTrue(e.getMessage().contains("c.convenio is not a compiled Convenio contract"), e.getMessage());
  }

  /**
   * Files that pass the checksum but hold damaged bytes (written by a broken tool, or forged) are refused as
   * ArtifactException, never with another exception and never half decoded.
   */
  @Test
  void damagedBytesWithAValidChecksumAreRefusedCleanly() {
    byte[] good = sample();
    Random random = new Random(10);
    int refused = 0;
    for (int round = 0; round < 300; round++) {
      byte[] bytes = good.clone();
      int at = ArtifactFormat.PREFIX + random.nextInt(bytes.length - ArtifactFormat.PREFIX - ArtifactFormat.CHECKSUM);
      bytes[at] = (byte) random.nextInt(256);
      int end = bytes.length - ArtifactFormat.CHECKSUM;
      System.arraycopy(ArtifactWriter.sha256(bytes, end), 0, bytes, end, ArtifactFormat.CHECKSUM);
      try {
        ArtifactReader.decode("forged.cvc", bytes);
      } catch (ArtifactException e) {
        // damage is found by the content digest (format 4) before anything is decoded
        assertTrue(e.getMessage().startsWith("forged.cvc passes its checksum but cannot be decoded")
            || e.getMessage().startsWith("forged.cvc passes its checksum but not its content digest"), e.getMessage());
        refused++;
      }
    }
    assertTrue(refused > 50, "most random damage must be detected, was " + refused);
  }

  @Test
  void aCodeChangedAnywhereWithTheChecksumRecomputedFailsTheContentDigest() {
    byte[] original = sample();
    // "10101012" is in the source text, in the rules' tree and a table key: change each occurrence alone, then
    // recompute the trailing checksum as a tamperer who read the format would
    byte[] code = "10101012".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int changed = 0;
    for (int at = ArtifactFormat.PREFIX; at + code.length <= original.length; at++) {
      if (!Arrays.equals(original, at, at + code.length, code, 0, code.length)) continue;
      byte[] bytes = original.clone();
      bytes[at + 7] = '3';
      int end = bytes.length - ArtifactFormat.CHECKSUM;
      System.arraycopy(ArtifactWriter.sha256(bytes, end), 0, bytes, end, ArtifactFormat.CHECKSUM);
      ArtifactException e = assertThrows(ArtifactException.class, () -> ArtifactReader.decode("changed.cvc", bytes));
      assertTrue(e.getMessage().contains("changed.cvc passes its checksum but not its content digest"), e.getMessage());
      changed++;
    }
    assertTrue(changed >= 2, "the code is in the artifact more than once: " + changed);
  }

  @Test
  void absurdlyDeepExpressionsAreRefusedNotAStackOverflow() {
    Span at = new Span("deep.convenio", 1, 1, 1, null);
    Expr e = new Expr.Literal(1, at, Boolean.TRUE);
    for (int i = 0; i < 3_000; i++) e = new Expr.Not(i + 2, at, e);
    ContractFile f = new ContractFile("deep.convenio",
        new Header.Module(at, "deep"), List.of(new Decl.Let(at, "x", e)));
    Program p = new Program(List.of(f), Map.of(), List.of());
    byte[] bytes = ArtifactWriter.encode(header(), p, new TableLoader.Result(new IdentityHashMap<>(), List.of()));
    ArtifactException x = assertThrows(ArtifactException.class, () -> ArtifactReader.decode("deep.cvc", bytes));
    assertTrue(x.getMessage().contains("nested deeper than"), x.getMessage());
  }

  @Test
  void writingIsAtomicAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("c.cvc");
    ArtifactWriter.write(sample(), target);
    ArtifactWriter.write(sample(), target);
    assertEquals(List.of(target), Files.list(dir).toList());
    assertFalse(ArtifactReader.read(target).checksum().isEmpty());
  }
}
