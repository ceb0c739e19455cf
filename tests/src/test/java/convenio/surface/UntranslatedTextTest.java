package convenio.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No English sentence is thrown at a user from the code: a text given to an exception's constructor as a string
 * literal ({@code new XxxException("guide " …}, or {@code new XxxException(file + " is not …"}) is written in one
 * language only, whoever reads it. Such texts belong in the module's bundles (messages.properties and
 * messages_pt.properties, through convenio.i18n.Messages). The few that stay are listed below, each with why: an
 * invariant no input can break (the failure is a bug, reported to the project, not read by an analyst).
 */
class UntranslatedTextTest {
  /** A sentence: starts with a letter (or, after a value, with a space and a letter) and has a space in it. */
  private static final Pattern LITERAL_FIRST = Pattern.compile(
      "new\\s+([A-Z]\\w*(?:Exception|Error))\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern VALUE_FIRST = Pattern.compile(
      "new\\s+([A-Z]\\w*(?:Exception|Error))\\(\\s*[\\w.]+(?:\\([^()]*\\))?\\s*\\+\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private record Invariant(String file, String text, String why) {}

  /** Texts no user can provoke; the file (from the repository root) and how the text starts. */
  private static final List<Invariant> INVARIANTS = List.of(
      invariant("interpreter/src/main/java/convenio/api/Convenio.java", "the JDK has no SHA-256",
          "Java SE requires every runtime to have SHA-256"),
      invariant("interpreter/src/main/java/convenio/api/ContractRegistry.java", "every Java runtime has SHA-256",
          "Java SE requires every runtime to have SHA-256"),
      invariant("interpreter/src/main/java/convenio/artifact/ArtifactReader.java", "every Java runtime has SHA-256",
          "Java SE requires every runtime to have SHA-256"),
      invariant("interpreter/src/main/java/convenio/artifact/ArtifactWriter.java", "every Java runtime has SHA-256",
          "Java SE requires every runtime to have SHA-256"),
      invariant("lsp/src/main/java/convenio/lsp/StdModules.java", "the JDK has no SHA-256",
          "Java SE requires every runtime to have SHA-256"),
      invariant("interpreter/src/main/java/convenio/artifact/Signing.java", "every Java 17 runtime has Ed25519",
          "Java 15 and later always have Ed25519"),
      invariant("interpreter/src/main/java/convenio/artifact/Signing.java", "the key cannot sign with Ed25519",
          "the key was read as an Ed25519 key (Signing.privateKey refuses any other, in words)"),
      invariant("interpreter/src/main/java/convenio/artifact/AstDecoder.java", "AstDecoder does not handle",
          "every tag the encoder writes has a decoder; an artifact with another tag fails its digest first"),
      invariant("interpreter/src/main/java/convenio/artifact/AstEncoder.java", "the artifact format does not know",
          "a new AST node without its encoding: a build of the project, caught by the artifact tests"),
      invariant("interpreter/src/main/java/convenio/artifact/DeclTag.java", "no artifact tag for",
          "a new declaration kind without its tag: caught by the artifact tests"),
      invariant("interpreter/src/main/java/convenio/artifact/ExprTag.java", "no artifact tag for",
          "a new expression kind without its tag: caught by the artifact tests"),
      invariant("interpreter/src/main/java/convenio/artifact/BinaryOut.java", "negative size",
          "sizes written are lengths of lists and strings"),
      invariant("interpreter/src/main/java/convenio/artifact/TableCodec.java", "some loaded tables belong",
          "the tables written are those the compiler loaded for the same program"),
      invariant("interpreter/src/main/java/convenio/artifact/ValueCodec.java", "a value of type",
          "the values written are those the checker typed"),
      invariant("interpreter/src/main/java/convenio/common/StandardJustifications.java",
          "the standard library is not on the classpath", "the index is packaged in the interpreter's jar"),
      invariant("interpreter/src/main/java/convenio/common/StandardJustifications.java", "cannot read",
          "the index is a resource of the jar itself"),
      invariant("interpreter/src/main/java/convenio/diagnostics/DiagnosticJson.java",
          "a tree of plain nodes always serializes", "Jackson writing its own tree to a string"),
      invariant("interpreter/src/main/java/convenio/runtime/ScaledMoney.java", "Rounding necessary",
          "BigDecimal's own ArithmeticException for RoundingMode.UNNECESSARY, which no contract's rounding names"),
      invariant("interpreter/src/main/java/convenio/syntax/AstBuilder.java", "the AST builder does not handle",
          "a grammar rule without its builder: caught by the parser tests"),
      invariant("interpreter/src/main/java/convenio/syntax/Keywords.java", "keyword '",
          "checked when the class loads: every English keyword has its Portuguese word"),
      invariant("interpreter/src/main/java/convenio/syntax/Operator.java", "no ",
          "the parser gives only the grammar's operator tokens"),
      invariant("interpreter/src/main/java/convenio/compile/ExprCompiler.java", " is not a binary operator",
          "the parser never builds a binary node of a prefix operator"),
      invariant("lsp/src/main/java/convenio/lsp/Completions.java", "found what the grammar accepts at the caret",
          "stops the parser at the caret; caught by Completions itself, never shown"),
      invariant("repl/src/main/java/convenio/repl/ExprIds.java", "an expression node the REPL does not know",
          "a new expression kind without its REPL id: caught by the REPL tests"),
      invariant("server/src/main/java/convenio/server/DeskPage.java", "the jar has no",
          "the desk page and its texts are resources of the server's jar"),
      invariant("cli/src/main/java/convenio/cli/PriceCommand.java", "XML is one demonstrativo per lote",
          "--format xml writes one file per lote and never reaches the batch writer"),
      invariant("report/src/main/java/convenio/report/ResultCsv.java", "cannot write CSV rows",
          "rows are written to a StringWriter, which never fails"),
      invariant("report/src/main/java/convenio/report/ResultJson.java", "cannot write a result tree",
          "Jackson writing its own tree to a string"),
      invariant("interpreter/src/main/java/convenio/artifact/TableCodec.java", "the rows of table ",
          "the table loader builds every row with one cell per column (short and long rows are diagnostics)"),
      invariant("history/src/main/java/convenio/history/HtmlReport.java", "missing report/report.html",
          "the report template is a resource of the history jar"),
      invariant("history/src/main/java/convenio/history/IndicatorsJson.java", "cannot write a tree of plain nodes",
          "Jackson writing its own tree to a string"),
      invariant("history/src/main/java/convenio/history/Migrations.java", "bad migration name ",
          "checks the migration index packaged in the history jar; caught by the history tests"),
      invariant("history/src/main/java/convenio/history/Migrations.java", "migration ",
          "checks the numbering of the migrations packaged in the history jar; caught by the history tests"),
      invariant("history/src/main/java/convenio/history/Migrations.java", "missing migration resource ",
          "every migration the packaged index names is packaged with it"),
      invariant("history/src/main/java/convenio/history/Migrations.java", "cannot read migration ",
          "reading a resource of the history jar itself"),
      invariant("spark/src/main/java/convenio/spark/ContractBundle.java", "every Java runtime has SHA-256",
          "Java SE requires every runtime to have SHA-256"),
      invariant("tiss/src/main/java/convenio/tiss/GuideStream.java", "read the guides to the end first",
          "API misuse: a program asks for the summary before reading the guides; the tools never do"),
      invariant("tiss/src/main/java/convenio/tiss/ReadOptions.java", "maxTextChars must be positive",
          "API misuse: no tool sets this limit from user input; a program passing it negative is wrong"),
      invariant("tiss/src/main/java/convenio/tiss/ReadOptions.java", "keepProblems cannot be negative",
          "API misuse: no tool sets this limit from user input; a program passing it negative is wrong"),
      invariant("tiss/src/main/java/convenio/tiss/read/LoteParser.java", "the lote has not been read to its end",
          "API misuse: GuideStream asks for the summary only once the guides are read"),
      invariant("tiss/src/main/java/convenio/tiss/TissDomain.java", "release ",
          "the domain tables of every kept release are bundled with the tiss jar; caught by the domain tests"),
      invariant("tiss/src/main/java/convenio/tiss/domain/Csv.java", "cannot read ",
          "reading a CSV resource of the tiss jar itself"),
      invariant("tiss/src/main/java/convenio/tiss/domain/SchemaEnumerations.java", "schema resource missing: ",
          "the schemas of every kept release are resources of the tiss jar"),
      invariant("tiss/src/main/java/convenio/tiss/domain/SchemaEnumerations.java", "cannot read schema resource ",
          "reading a schema packaged in the tiss jar, parsed by the domain tests"),
      invariant("tiss/src/main/java/convenio/tiss/read/Schemas.java", "schema not kept for TISS ",
          "a release is registered only with its schema folder in the tiss jar"),
      invariant("tiss/src/main/java/convenio/tiss/read/Schemas.java", "cannot compile the TISS ",
          "compiling the schemas packaged in the tiss jar, done by the validating tests"),
      invariant("tiss/src/main/java/convenio/tiss/read/Schemas.java", "tiss/xsd/catalog.xml missing",
          "the XML catalog is a resource of the tiss jar"),
      invariant("tiss/src/main/java/convenio/tiss/r40300/Marshalling.java", "cannot write the TISS message: ",
          "JAXB marshalling the generated classes, filled by builders that refused invalid values first"),
      invariant("tiss/src/main/java/convenio/tiss/r40300/Shape.java", " has no constructor JAXB could use",
          "every class xjc generates has a no-argument constructor"),
      invariant("tiss/src/main/java/convenio/tiss/r40300/StaxGuides.java", "generated class ",
          "filling the generated classes by the fields Shape found on them; caught by the StAX guide tests"),
      invariant("tiss/src/main/java/convenio/tiss/r40300/StaxGuides.java", " is not a leaf",
          "Shape gives leaf kinds only to leaf properties"),
      invariant("tiss/src/main/java/convenio/tiss/xml/HashCollector.java", "every JDK has MD5",
          "Java SE requires every runtime to have MD5"),
      invariant("tiss/src/main/java/convenio/tiss/xml/HashingXmlWriter.java", "every JDK has MD5",
          "Java SE requires every runtime to have MD5"),
      invariant("tiss/src/main/java/convenio/tiss/xml/HashingXmlWriter.java", "the root comes first",
          "the writer's state machine, driven by DemonstrativoXml in a fixed order"),
      invariant("tiss/src/main/java/convenio/tiss/xml/HashingXmlWriter.java", "no element is open",
          "the writer's state machine, driven by DemonstrativoXml in a fixed order"),
      invariant("tiss/src/main/java/convenio/tiss/xml/HashingXmlWriter.java", "a TISS message has exactly one hash",
          "the writer's state machine, driven by DemonstrativoXml in a fixed order"),
      invariant("tiss/src/main/java/convenio/tiss/xml/HashingXmlWriter.java", " elements are still open",
          "the writer's state machine, driven by DemonstrativoXml in a fixed order"),
      invariant("tiss/src/main/java/convenio/tiss/xml/HashingXmlWriter.java", "the message has no hash",
          "the writer's state machine, driven by DemonstrativoXml in a fixed order"));

  /** The benchmark harness is run by the project's developers, not by the product's users. */
  private static final List<String> NOT_USER_FACING_MODULES = List.of("bench");

  private static Invariant invariant(String file, String text, String why) {
    return new Invariant(file, text, why);
  }

  /** One sentence thrown from the code: where, and its text. */
  record Found(String file, int line, String text) {
    @Override
    public String toString() {
      return file + ":" + line + ": \"" + text + "\"";
    }
  }

  @Test
  void noSentenceIsThrownInOneLanguageOnly() throws IOException {
    List<Found> found = scan(root());
    assertTrue(found.size() > 10, "the scan finds the known invariants: " + found);
    List<String> untranslated = new ArrayList<>();
    List<Invariant> usedInvariants = new ArrayList<>();
    for (Found f : found) {
      Invariant allowed = INVARIANTS.stream().filter(i -> i.file.equals(f.file) && f.text.startsWith(i.text))
          .findFirst().orElse(null);
      if (allowed != null) {
        usedInvariants.add(allowed);
      } else {
        untranslated.add(f.toString());
      }
    }
    assertEquals(List.of(), untranslated,
        "texts thrown in English only: put them in the module's messages.properties and messages_pt.properties");
    List<String> stale = new ArrayList<>();
    for (Invariant i : INVARIANTS) if (!usedInvariants.contains(i)) stale.add(i.file + ": \"" + i.text + "\"");
    assertEquals(List.of(), stale, "invariants listed here that the code no longer throws: remove them");
  }

  @Test
  void theScanSeesBothShapesAcrossLines() {
    String code = "class X {\n  void f(Path file) {\n    throw new IllegalArgumentException(\n"
        + "        \"guide has no item\");\n  }\n  void g() {\n    throw new BadThing(file + \" is not a key\");\n"
        + "    throw new KeyError(file + \" is not a key\");\n    throw new IllegalStateException(\"x\");\n"
        + "    throw new IllegalStateException(\"Ed25519\");\n  }\n}\n";
    assertEquals(List.of(new Found("m/X.java", 3, "guide has no item"), new Found("m/X.java", 8, " is not a key")),
        sentences("m/X.java", code));
  }

  private static List<Found> scan(Path root) throws IOException {
    List<Found> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(UntranslatedTextTest::isMainSource).sorted().toList()) {
        String file = root.relativize(p).toString().replace('\\', '/');
        if (NOT_USER_FACING_MODULES.contains(file.substring(0, file.indexOf('/')))) continue;
        out.addAll(sentences(file, Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static boolean isMainSource(Path p) {
    String s = p.toString().replace('\\', '/');
    return s.endsWith(".java") && s.contains("/src/main/java/") && !s.contains("/target/");
  }

  static List<Found> sentences(String file, String code) {
    List<Found> out = new ArrayList<>();
    for (Pattern shape : List.of(LITERAL_FIRST, VALUE_FIRST)) {
      Matcher m = shape.matcher(code);
      while (m.find()) {
        String text = m.group(2);
        String words = shape == VALUE_FIRST ? text.replaceFirst("^[\\s:]+", "") : text;
        if (words.isEmpty() || !Character.isLetter(words.charAt(0)) || !words.contains(" ")) continue;
        out.add(new Found(file, line(code, m.start()), text));
      }
    }
    out.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line) : a.text.compareTo(b.text));
    return out;
  }

  private static int line(String code, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (code.charAt(i) == '\n') line++;
    return line;
  }

  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("grammar")) && Files.exists(p.resolve("interpreter"))) return p;
    }
    return Path.of("").toAbsolutePath();
  }
}
