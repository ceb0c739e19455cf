package convenio.syntax;

import java.util.List;

/** The AST of one .convenio file: its header and its declarations in source order. */
public record ContractFile(String file, Header header, List<Decl> decls) {
  public ContractFile {
    decls = List.copyOf(decls);
  }
}
