package convenio.artifact;

import convenio.syntax.ContractFile;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.TableLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a compiled contract in the layout of artifact format version 3 (as the compiler wrote it before the tree
 * digest): the same body, with no digest after the parse diagnostics, unsigned. For the tests that old artifacts still
 * load, their trees checked by parsing their sources again.
 */
public final class Version3Files {
  private Version3Files() {}

  public static byte[] encode(Artifact artifact) {
    ArtifactHeader h = artifact.header();
    ArtifactHeader header = new ArtifactHeader(3, h.contractId(), h.version(), h.name(), h.operatorAns(),
        h.providerKind(), h.providerId(), h.effectiveFrom(), h.effectiveTo(), h.compilerVersion(), h.sourceHash());
    return encode(header, artifact.program(), artifact.tables());
  }

  static byte[] encode(ArtifactHeader header, Program program, TableLoader.Result tables) {
    BinaryOut body = new BinaryOut();
    header.write(body);
    List<String> names = new ArrayList<>(program.sources().keySet());
    names.sort(null);
    body.uvar(names.size());
    for (String name : names) {
      SourceFile s = program.sources().get(name);
      body.str(name);
      body.str(s.text());
    }
    AstEncoder ast = new AstEncoder(body);
    body.uvar(program.files().size());
    for (ContractFile f : program.files()) ast.file(f);
    DiagnosticCodec.write(body, program.diagnostics());
    TableCodec.write(body, program, tables);
    byte[] bodyBytes = body.toByteArray();
    BinaryOut file = new BinaryOut();
    file.raw(ArtifactFormat.MAGIC);
    file.u8(0);
    file.u8(3);
    file.fixed64((long) ArtifactFormat.PREFIX + bodyBytes.length + ArtifactFormat.SIGNATURE_LENGTH
        + ArtifactFormat.CHECKSUM);
    file.raw(bodyBytes);
    file.u8(0);
    file.u8(0);
    byte[] unsigned = file.toByteArray();
    file.raw(ArtifactWriter.sha256(unsigned, unsigned.length));
    return file.toByteArray();
  }
}
