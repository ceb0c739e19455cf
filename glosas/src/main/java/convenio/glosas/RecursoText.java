package convenio.glosas;

import convenio.model.Glosa;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.SourcePos;
import convenio.tiss.AnaliseConta;
import convenio.tiss.RecursoItem;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The justification of an appealed glosa, in Portuguese since the operator's auditors read it: the contract and the
 * rule (file:line) that price the item, the value the contract gives, what the operator released and the value
 * appealed. Within the 500 characters TISS holds: the rule's text is shortened first, and the whole is fitted last.
 */
final class RecursoText {
  private static final int RULE_CHARS = 60;

  private final String contractName;
  private final String contractVersion;
  private final Path contractDir;

  /** @param contractDir the contract's folder: places under it are cited relative to it, or null */
  RecursoText(String contractName, String contractVersion, Path contractDir) {
    this.contractName = contractName;
    this.contractVersion = contractVersion;
    this.contractDir = contractDir == null ? null : contractDir.toAbsolutePath().normalize();
  }

  String justification(AnaliseConta.GlosaValor glosa, ItemResult r, Money operatorPaid, Money appealed) {
    StringBuilder b = new StringBuilder();
    b.append("Glosa ").append(glosa.code()).append(" de ").append(glosa.value().format())
        .append(" não amparada pelo contrato \"").append(contractName).append("\" versão ").append(contractVersion)
        .append(": o item ").append(r.item().code()).append(" vale ").append(r.paid().format());
    PriceSource s = r.source();
    if (s != null) {
      b.append(" (");
      BigDecimal qty = r.item().quantity();
      if (r.contractUnit() != null && qty != null && qty.compareTo(BigDecimal.ONE) != 0) {
        b.append(r.contractUnit().format()).append(" × ").append(number(r.item().quantity())).append(", ");
      }
      b.append(shortRule(s.rule()));
      if (s.pos() != null && s.pos() != SourcePos.NONE) b.append(", ").append(place(s.pos()));
      if (s.table() != null) {
        b.append("; tabela ").append(s.table());
        if (s.tableRow() != null && s.tableRow() != SourcePos.NONE) b.append(" ").append(place(s.tableRow()));
      }
      b.append(')');
    }
    if (!r.glosas().isEmpty()) {
      // Say what the contract itself glosses, so the appeal is seen to account for it.
      b.append("; o contrato admite glosa de ").append(r.glosed().format()).append(" (");
      for (int k = 0; k < r.glosas().size(); k++) {
        Glosa g = r.glosas().get(k);
        if (k > 0) b.append(", ");
        b.append(g.code());
        if (g.pos() != null && g.pos() != SourcePos.NONE) b.append(" ").append(place(g.pos()));
      }
      b.append(')');
    }
    b.append(". Apresentado ").append(r.presented().format()).append(", liberado pela operadora ")
        .append(operatorPaid.format()).append(". Valor recursado: ").append(appealed.format()).append('.');
    return RecursoItem.fit(b.toString());
  }

  /** {@code price procedures from sadt = portes[…] …} → {@code price procedures from sadt}: the rule, not its math. */
  static String shortRule(String rule) {
    if (rule == null) return "regra do contrato";
    int eq = rule.indexOf(" = ");
    String head = eq > 0 ? rule.substring(0, eq) : rule;
    return head.length() <= RULE_CHARS ? head : head.substring(0, RULE_CHARS - 1) + "…";
  }

  /** {@code contrato.convenio:24}, {@code tables/sadt.csv:3}: relative to the contract's folder, wherever run from. */
  private String place(SourcePos p) {
    String file = p.file();
    if (contractDir != null) {
      try {
        Path abs = Path.of(file).toAbsolutePath().normalize();
        if (abs.startsWith(contractDir)) file = contractDir.relativize(abs).toString();
      } catch (InvalidPathException notAPath) {
        // a name such as std/tiss/glosas.convenio from the classpath: cited as it is
      }
    }
    return p.line() > 0 ? file + ":" + p.line() : file;
  }

  private static String number(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
