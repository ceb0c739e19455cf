package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Header;
import convenio.syntax.Program;
import convenio.syntax.RecursoPrazoClause;

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
    recursoPrazos(c, out);
  }

  /**
   * One {@code recurso in N days after demonstrativo} clause, its prazos positive whole days. ANS RN 503/2022 asks the
   * contract to state the provider's prazo to contest a glosa and the operator's prazo to answer, the two equal: an
   * answer prazo that differs is allowed (the contract is what was signed) but said.
   */
  private static void recursoPrazos(Header.Contract c, Diagnostics out) {
    RecursoPrazoClause first = null;
    for (RecursoPrazoClause r : c.recursoPrazos()) {
      if (first != null) {
        out.add(Diagnostic.error("recurso-prazo", r.span(), "the contract states its recurso prazos twice",
            "keep one clause: recurso in 30 days after demonstrativo answer in 30 days after recurso")
            .withRelated(first.span(), "first stated here"));
        continue;
      }
      first = r;
      boolean whole = days(r.recursoDays(), "recurso", out);
      if (r.answerDays() != null && days(r.answerDays(), "answer", out) && whole
          && r.answerDays().value().compareTo(r.recursoDays().value()) != 0) {
        out.add(Diagnostic.warning("recurso-prazo", r.answerDays().span(), "the operator's answer prazo ("
            + r.answerDays().value().toPlainString() + " days) differs from the provider's recurso prazo ("
            + r.recursoDays().value().toPlainString() + " days)",
            "ANS RN 503/2022 asks for equal prazos to contest a glosa and to answer; check the signed contract"));
      }
    }
  }

  private static boolean days(RecursoPrazoClause.Days d, String which, Diagnostics out) {
    java.math.BigDecimal v = d.value();
    boolean wholeNumber = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    if (v.signum() <= 0 || !wholeNumber || v.compareTo(java.math.BigDecimal.valueOf(36_500)) > 0) {
      out.add(Diagnostic.error("recurso-prazo", d.span(), "the " + which + " prazo " + v.toPlainString().replace('.', ',')
          + " days is not a positive whole number of days", "write the days the contract gives, e.g. "
          + which + " in 30 days"));
      return false;
    }
    return true;
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
