package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Header;
import convenio.syntax.Program;

/** The contract header's required clauses and its dates; imported files that are contracts rather than modules. */
final class HeaderChecks {
  private static final Messages M = Messages.of(HeaderChecks.class, "convenio.check.messages");
  private HeaderChecks() {}

  static void check(Program program, Diagnostics out) {
    ContractFile main = program.main();
    for (ContractFile f : program.files()) {
      if (f.header() instanceof Header.Contract c) {
        if (f == main) contract(c, out);
      }
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Import imp) importedContract(program, f, imp, out);
      }
    }
  }

  private static void contract(Header.Contract c, Diagnostics out) {
    Text name = M.text("header.contract", c.name());
    if (c.operatorAns() == null) {
      out.add(Diagnostic.error("header", c.span(), M.text("header.no.operator", name), M.text("header.no.operator.hint")));
    } else if (!c.operatorAns().matches("[0-9]{6}")) {
      out.add(Diagnostic.error("header", c.span(), M.text("header.ans.digits", c.operatorAns()),
          M.text("header.ans.digits.hint")));
    }
    if (c.operatorCnpj() != null && c.operatorCnpj().replaceAll("[^0-9]", "").length() != 14) {
      out.add(Diagnostic.error("header", c.span(), M.text("header.operator.cnpj", c.operatorCnpj()),
          M.text("header.cnpj.hint")));
    }
    if (c.providerKind() == null) {
      out.add(Diagnostic.error("header", c.span(), M.text("header.no.provider", name), M.text("header.no.provider.hint")));
    } else if (c.providerKind().equals("cnpj") && c.providerId().replaceAll("[^0-9]", "").length() != 14) {
      out.add(Diagnostic.error("header", c.span(), M.text("header.cnpj", c.providerId()), M.text("header.cnpj.hint")));
    } else if (c.providerKind().equals("cpf") && c.providerId().replaceAll("[^0-9]", "").length() != 11) {
      out.add(Diagnostic.error("header", c.span(), M.text("header.cpf", c.providerId()), M.text("header.cpf.hint")));
    }
    if (c.effectiveFrom() == null && c.effectiveSpan() == null) {
      out.add(Diagnostic.error("header", c.span(), M.text("header.no.vigencia", name), M.text("header.no.vigencia.hint")));
    } else if (c.effectiveFrom() != null && c.effectiveTo() != null && c.effectiveTo().isBefore(c.effectiveFrom())) {
      out.add(Diagnostic.error("vigencia", c.effectiveSpan(), M.text("header.vigencia.reversed", c.effectiveTo(),
          c.effectiveFrom()), M.text("vigencia.reversed.hint", c.effectiveTo(), c.effectiveFrom())));
    }
  }

  private static void importedContract(Program program, ContractFile from, Decl.Import imp, Diagnostics out) {
    if (imp.path() == null) return;
    for (ContractFile f : program.files()) {
      if (f == from || !(f.header() instanceof Header.Contract)) continue;
      if (f.file().endsWith(imp.path().replace("../", "").replace("./", ""))) {
        out.add(Diagnostic.error("import", imp.span(), M.text("header.import.contract", imp.path()),
            M.text("header.import.contract.hint")));
      }
    }
  }
}
