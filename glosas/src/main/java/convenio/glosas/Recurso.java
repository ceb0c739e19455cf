package convenio.glosas;

import convenio.api.Contract;
import convenio.tiss.AccountFiles;
import convenio.model.Account;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Provider;
import convenio.report.Plural;
import convenio.report.TextColumns;
import convenio.tiss.AnaliseConta;
import convenio.tiss.DemonstrativoReader;
import convenio.tiss.RecursoHeader;
import convenio.tiss.RecursoWriter;
import convenio.tiss.TissException;
import convenio.tiss.TissProblem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code convenio recurso}: reads an operator's demonstrativo de análise de conta, prices the same guides with the
 * contract (rebuilt from the demonstrativo, or the original lote when given), and writes a recurso de glosa for the
 * glosas the contract does not support, one message per protocol, with a summary of what is appealed.
 */
public final class Recurso {
  private Recurso() {}

  /**
   * @param contract the contract's file, to cite rules relative to its folder (or null)
   * @param lote   the lote the demonstrativo answers (TISS XML or YAML/JSON account), or null to rebuild it
   * @param out    where to write the recurso (a protocol's number is added to the name when there are several), or
   *               null to write it to standard output (the summary then goes to standard error, as with price)
   * @param number numeroGuiaRecGlosaPrestador, or null to use the protocol's number
   * @param date   the recurso's date, or null for today
   */
  /** {@code draft} false: only the summary (a recurso out of its prazo is not drafted unless asked for). */
  public record Options(Path contract, Path demonstrativo, Path lote, Path out, String number, LocalDate date,
      boolean draft) {
    public Options(Path contract, Path demonstrativo, Path lote, Path out, String number, LocalDate date) {
      this(contract, demonstrativo, lote, out, number, date, true);
    }
  }

  /**
   * Returns the exit code (docs/commands.md): 0 done (with or without glosas to appeal), 2 several recursos and no
   * --out, 3 an input could not be read or the recurso could not be written. Without {@code --out} the recurso's XML
   * goes to {@code xml} (its bytes, in the encoding its declaration names) and the summary to {@code err}.
   */
  public static int run(Contract contract, Options o, PrintWriter out, PrintWriter err, java.io.OutputStream xml) {
    if (o.out() == null && o.draft()) out = err; // stdout carries the XML, like price --format xml
    DemonstrativoReader.Result read;
    try {
      read = new DemonstrativoReader().read(o.demonstrativo());
    } catch (TissException | UncheckedIOException e) {
      err.println(o.demonstrativo() + ": " + e.getMessage());
      return 3;
    }
    for (TissProblem p : read.problems()) err.println(o.demonstrativo() + ":" + p);
    if (read.demonstrativos().isEmpty()) {
      err.println(o.demonstrativo() + ": no demonstrativo de análise de conta in this message");
      return 3;
    }
    Account lote = null;
    PricingResult lotePriced = null;
    if (o.lote() != null) {
      AccountFiles.Loaded l = AccountFiles.load(o.lote());
      l.errors().forEach(err::println);
      if (l.account() == null) return 3;
      lote = l.account();
      lotePriced = contract.price(lote);
    }
    RecursoText text = new RecursoText(contract.name(), contract.version(),
        o.contract() == null ? null : o.contract().toAbsolutePath().getParent());
    List<Written> outcomes = new ArrayList<>();
    for (AnaliseConta demo : read.demonstrativos()) {
      for (AnaliseConta.Protocolo p : demo.protocols()) {
        PricingResult priced = lotePriced != null ? lotePriced : contract.price(DemonstrativoAccount.of(demo, p));
        outcomes.add(new Written(demo, GlosaDispute.compare(p, priced, text)));
      }
    }
    summary(outcomes, lote == null, out);
    if (!o.draft()) return 0;
    List<Written> toWrite = outcomes.stream().filter(w -> !w.outcome().disputed().isEmpty()).toList();
    if (toWrite.isEmpty()) {
      out.println("nothing to appeal: " + (o.out() == null ? "no recurso written" : o.out() + " not written"));
      return 0;
    }
    if (o.out() == null) {
      if (toWrite.size() > 1) {
        err.println("the demonstrativo has " + toWrite.size() + " protocols with glosas to appeal, one recurso each:"
            + " give --out FILE (the protocol's number is added to each name)");
        return 2;
      }
      Written w = toWrite.get(0);
      try {
        byte[] bytes = RecursoWriter.write(header(w, lote, o), w.outcome().disputed().stream()
            .map(GlosaDispute.Disputed::recurso).toList());
        out.flush();
        xml.write(bytes);
        xml.flush();
      } catch (IllegalArgumentException | IllegalStateException | java.io.IOException e) {
        err.println("cannot write the recurso of protocol " + w.outcome().protocol().protocolNumber() + ": "
            + e.getMessage());
        return 3;
      }
      return 0;
    }
    for (Written w : toWrite) {
      Path file = toWrite.size() == 1 ? o.out() : numbered(o.out(), w.outcome().protocol().protocolNumber());
      try {
        RecursoWriter.write(header(w, lote, o), w.outcome().disputed().stream().map(GlosaDispute.Disputed::recurso)
            .toList(), file);
      } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
        err.println("cannot write the recurso of protocol " + w.outcome().protocol().protocolNumber() + ": "
            + e.getMessage());
        return 3;
      }
      out.println("written " + file + " (protocol " + w.outcome().protocol().protocolNumber() + ", "
          + Plural.of(w.outcome().disputed().size(), "glosa") + ", " + w.outcome().appealed().format() + ")");
    }
    return 0;
  }

  private record Written(AnaliseConta demo, GlosaDispute.Outcome outcome) {}

  private static void summary(List<Written> outcomes, boolean rebuilt, PrintWriter out) {
    Money appealed = Money.ZERO;
    Money glosed = Money.ZERO;
    int disputed = 0;
    int upheld = 0;
    for (Written w : outcomes) {
      GlosaDispute.Outcome o = w.outcome();
      out.println("protocol " + o.protocol().protocolNumber() + " · lote " + o.protocol().loteNumber() + " · "
          + w.demo().operatorName() + " (ANS " + w.demo().operatorAns() + ")");
      if (!o.disputed().isEmpty()) {
        TextColumns t = new TextColumns("guide", "item>", "code", "glosa", "glosed>", "contract pays>",
            "operator paid>", "under appeal>");
        for (GlosaDispute.Disputed d : o.disputed()) {
          t.row(d.guide().number(), String.valueOf(d.item().seq()), d.item().code(), d.glosa().code(),
              d.glosa().value().format(), d.contract().paid().format(), d.operatorPaid().format(),
              d.appealed().format());
        }
        out.print(t.render("  "));
      }
      // Glosas of a whole guide or protocol carry no value per item: they are listed, for a person to look at.
      if (o.protocol().glosa() != null) {
        out.println("  glosa of the whole protocol: " + motivo(o.protocol().glosa()) + " (not appealed here)");
      }
      for (AnaliseConta.GuiaAnalisada g : o.protocol().guides()) {
        for (AnaliseConta.Motivo m : g.glosas()) {
          out.println("  glosa of the whole guide " + g.number() + ": " + motivo(m) + " (not appealed here)");
        }
      }
      for (GlosaDispute.Unmatched u : o.unmatched()) {
        out.println("  not re-priced: guide " + u.guide().number() + " item " + u.item().seq() + " (" + u.item().code()
            + "): " + u.reason());
      }
      appealed = appealed.plus(o.appealed());
      glosed = glosed.plus(o.glosed());
      disputed += o.disputed().size();
      upheld += (int) o.upheld().stream().filter(u -> u.value().equals(u.glosa().value())).count();
    }
    long items = outcomes.stream().flatMap(w -> w.outcome().disputed().stream())
        .map(d -> d.guide().number() + "/" + d.item().seq()).distinct().count();
    out.println(Plural.of(disputed, "glosa") + " disputed on " + Plural.of(items, "item") + ": " + appealed.format()
        + " under appeal of " + glosed.format() + " glosed; " + Plural.of(upheld, "glosa") + " supported by the contract");
    if (rebuilt) {
      out.println("(re-priced from the demonstrativo's presented values; --lote LOTE.xml re-reads the original lote,"
          + " with times, routes and the guide's type)");
    }
  }

  private static String motivo(AnaliseConta.Motivo m) {
    return m.description() == null || m.description().isBlank() ? m.code() : m.code() + " " + m.description();
  }

  private static RecursoHeader header(Written w, Account lote, Options o) {
    AnaliseConta.Protocolo p = w.outcome().protocol();
    Provider provider = w.demo().provider() != null ? w.demo().provider() : lote == null ? null : lote.provider();
    String operatorName = w.demo().operatorName() != null ? w.demo().operatorName() : w.demo().operatorAns();
    String loteNumber = p.loteNumber() != null ? p.loteNumber() : lote != null && lote.loteNumber() != null
        ? lote.loteNumber() : p.protocolNumber();
    return new RecursoHeader(w.demo().operatorAns(), operatorName, provider, loteNumber, p.protocolNumber(),
        o.number() != null ? o.number() : p.protocolNumber(), o.date() != null ? o.date() : LocalDate.now(), null,
        null);
  }

  /** {@code recurso.xml} and protocol 123 → {@code recurso-123.xml}. */
  static Path numbered(Path out, String protocol) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String numbered = dot > 0 ? name.substring(0, dot) + "-" + protocol + name.substring(dot) : name + "-" + protocol;
    return out.resolveSibling(numbered);
  }
}
