package convenio.glosas;

import convenio.model.Glosa;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.SourcePos;
import convenio.tiss.AnaliseConta;
import convenio.tiss.RecursoItem;
import convenio.tiss.TissDomain;
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

  /**
   * The text a technical glosa's appeal carries until someone replaces it: a technical glosa (pertinence, quantity
   * against the medical record) is answered with the clinical facts, which the contract does not hold. It starts with
   * {@link #CLINICAL_PLACEHOLDER}, so that a draft still holding it is easy to find (and refused by the operator's
   * reader, not sent as an argument).
   */
  String clinical(String code, String what, Money appealed) {
    String description = TissDomain.current().glosa(code).map(g -> " (" + g.description() + ")").orElse("");
    return RecursoItem.fit(CLINICAL_PLACEHOLDER + " Glosa técnica " + code + description + " sobre " + what
        + ": substituir este texto pela justificativa clínica (indicação, evolução e registros do prontuário que"
        + " sustentam o atendimento). Valor recursado: " + appealed.format() + ".");
  }

  /** Marks the justification of a technical glosa that a person must still write. */
  static final String CLINICAL_PLACEHOLDER = "[PREENCHER JUSTIFICATIVA CLÍNICA]";

  /**
   * A glosa of a whole guide or protocol: what the contract pays for all of it, what the operator released, the value
   * appealed.
   *
   * @param of       "da guia 123", "do protocolo 456"
   * @param contents "3 item(ns)", "2 guia(s)"
   */
  String whole(AnaliseConta.Motivo glosa, String of, String contents, Money contractPays, Money operatorPaid,
      Money glosed, Money appealed) {
    return RecursoItem.fit("Glosa " + glosa.code() + " " + of + " inteira, de " + glosed.format()
        + ", não amparada pelo contrato \"" + contractName + "\" versão " + contractVersion + ": " + contents
        + " valem " + contractPays.format() + " pelo contrato; liberado pela operadora " + operatorPaid.format()
        + ". Valor recursado: " + appealed.format() + ".");
  }

  /** The justification of an item's glosa, for a line that is the whole billed item. */
  String justification(AnaliseConta.GlosaValor glosa, ItemResult r, Money operatorPaid, Money appealed) {
    return justification(glosa, new GlosaDispute.Share(r, 1, 1, r.paid()), null, operatorPaid, appealed);
  }

  /**
   * The justification of a line's glosa. A line that is part of a billed item the operator split (a day of a daily
   * rate) says which part and how its value follows from the item's.
   */
  String justification(AnaliseConta.GlosaValor glosa, GlosaDispute.Share share, AnaliseConta.ItemAnalisado line,
      Money operatorPaid, Money appealed) {
    ItemResult r = share.billed();
    StringBuilder b = new StringBuilder();
    b.append("Glosa ").append(glosa.code()).append(" de ").append(glosa.value().format())
        .append(" não amparada pelo contrato \"").append(contractName).append("\" versão ").append(contractVersion)
        .append(": o item ").append(r.item().code());
    if (share.split()) {
      b.append(" (parte ").append(share.part()).append(" de ").append(share.parts()).append(" do item cobrado no")
          .append(" sequencial ").append(r.item().seq()).append(", que vale ").append(r.paid().format())
          .append(") vale ").append(share.contractValue().format());
    } else {
      b.append(" vale ").append(r.paid().format());
    }
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
    Money presented = share.split() && line != null && line.informado() != null ? line.informado() : r.presented();
    b.append(". Apresentado ").append(presented.format()).append(", liberado pela operadora ")
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
