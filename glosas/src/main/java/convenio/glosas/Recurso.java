package convenio.glosas;

import convenio.api.Contract;
import convenio.i18n.Messages;
import convenio.model.GlosaGroup;
import convenio.tiss.RecursoProtocolo;
import java.util.Set;
import java.util.function.BiFunction;
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
   * @param draft  false: only the summary
   * @param outOfPrazo the numbers of the demonstrativos whose recurso prazo has ended: their glosas are each warned
   *               about and not drafted, unless {@code late}
   * @param classes administrative or technical, by operator and glosa code (the glosa history's classes, with their
   *               per-contract overrides), or null for the TISS default by group
   */
  public record Options(Path contract, Path demonstrativo, Path lote, Path out, String number, LocalDate date,
      boolean draft, Set<String> outOfPrazo, boolean late, BiFunction<String, String, GlosaGroup> classes) {
    public Options {
      outOfPrazo = outOfPrazo == null ? Set.of() : Set.copyOf(outOfPrazo);
      if (classes == null) classes = GlosaDispute.DEFAULT_CLASSES;
    }

    public Options(Path contract, Path demonstrativo, Path lote, Path out, String number, LocalDate date,
        boolean draft) {
      this(contract, demonstrativo, lote, out, number, date, draft, Set.of(), false, null);
    }

    public Options(Path contract, Path demonstrativo, Path lote, Path out, String number, LocalDate date) {
      this(contract, demonstrativo, lote, out, number, date, true);
    }
  }

  static final Messages M = Messages.of(Recurso.class, "convenio.glosas.messages");

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
      err.println(o.demonstrativo() + ": " + M.get("recurso.no.demonstrativo"));
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
        outcomes.add(new Written(demo, GlosaDispute.compare(p, priced, text, demo.operatorAns(), o.classes())));
      }
    }
    summary(outcomes, lote == null, out);
    int technical = outcomes.stream().mapToInt(w -> w.outcome().technical()).sum();
    // Part of the summary (its stream), so that it reads right after the technical glosas it counts.
    if (technical > 0) out.println(M.get("recurso.technical.warning", technical, RecursoText.CLINICAL_PLACEHOLDER));
    List<Written> late = outcomes.stream().filter(w -> o.outOfPrazo().contains(w.demo().number())
        && w.outcome().appeals()).toList();
    for (Written w : late) outOfPrazo(w, o.late(), err);
    if (!o.draft()) return 0;
    List<Written> toWrite = outcomes.stream().filter(w -> w.outcome().appeals())
        .filter(w -> o.late() || !late.contains(w)).toList();
    if (toWrite.isEmpty() && !late.isEmpty()) {
      err.println(o.out() != null ? M.get("recurso.out.of.prazo.file", o.out()) : M.get("recurso.out.of.prazo.stdout"));
      return 0;
    }
    if (toWrite.isEmpty()) {
      out.println(o.out() == null ? M.get("recurso.nothing.stdout") : M.get("recurso.nothing.file", o.out()));
      return 0;
    }
    if (o.out() == null) {
      if (toWrite.size() > 1) {
        err.println(M.get("recurso.several", toWrite.size()));
        return 2;
      }
      Written w = toWrite.get(0);
      try {
        byte[] bytes = xml(w, lote, o);
        out.flush();
        xml.write(bytes);
        xml.flush();
      } catch (IllegalArgumentException | IllegalStateException | java.io.IOException e) {
        err.println(M.get("recurso.unwritable", w.outcome().protocol().protocolNumber(), e.getMessage()));
        return 3;
      }
      return 0;
    }
    for (Written w : toWrite) {
      Path file = toWrite.size() == 1 ? o.out() : numbered(o.out(), w.outcome().protocol().protocolNumber());
      try {
        RecursoWriter.write(file, xml(w, lote, o));
      } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
        err.println(M.get("recurso.unwritable", w.outcome().protocol().protocolNumber(), e.getMessage()));
        return 3;
      }
      GlosaDispute.Outcome oc = w.outcome();
      int glosas = oc.wholeProtocol() != null ? 1 : oc.disputed().size() + oc.guideRecursos().size();
      out.println(M.get("recurso.written", file, oc.protocol().protocolNumber(), Plural.of(glosas, "glosa"),
          oc.appealed().format()));
    }
    return 0;
  }

  /** The recursoGlosa of one protocol: of the whole protocol, or of its guides (whole or item by item). */
  private static byte[] xml(Written w, Account lote, Options o) {
    GlosaDispute.Outcome oc = w.outcome();
    RecursoProtocolo protocol = oc.protocolRecurso();
    return protocol != null ? RecursoWriter.write(header(w, lote, o), protocol)
        : RecursoWriter.write(header(w, lote, o), oc.itemRecursos(), oc.guideRecursos());
  }

  /** One warning per glosa of a demonstrativo whose recurso prazo has ended. */
  private static void outOfPrazo(Written w, boolean late, PrintWriter err) {
    GlosaDispute.Outcome oc = w.outcome();
    String tail = M.get(late ? "recurso.prazo.late.drafted" : "recurso.prazo.late.notDrafted");
    if (oc.wholeProtocol() != null) {
      err.println(M.get("recurso.prazo.late.protocol", oc.protocol().protocolNumber(), oc.wholeProtocol().glosa().code(),
          oc.wholeProtocol().appealed().format(), w.demo().number(), tail));
      return;
    }
    for (GlosaDispute.Whole g : oc.wholeGuides()) {
      if (g.recurso() == null) continue;
      err.println(M.get("recurso.prazo.late.guide", g.guide().number(), g.glosa().code(), g.appealed().format(),
          w.demo().number(), tail));
    }
    for (GlosaDispute.Disputed d : oc.disputed()) {
      err.println(M.get("recurso.prazo.late.item", d.guide().number(), d.item().seq(), d.glosa().code(),
          d.appealed().format(), w.demo().number(), tail));
    }
  }

  private record Written(AnaliseConta demo, GlosaDispute.Outcome outcome) {}

  private static void summary(List<Written> outcomes, boolean rebuilt, PrintWriter out) {
    Money appealed = Money.ZERO;
    Money glosed = Money.ZERO;
    int disputed = 0;
    int upheld = 0;
    for (Written w : outcomes) {
      GlosaDispute.Outcome o = w.outcome();
      out.println(M.get("recurso.protocol", o.protocol().protocolNumber(), o.protocol().loteNumber(),
          w.demo().operatorName(), w.demo().operatorAns()));
      List<GlosaDispute.Disputed> priceArgued = o.disputed().stream().filter(d -> !d.technical()).toList();
      List<GlosaDispute.Disputed> clinical = o.disputed().stream().filter(GlosaDispute.Disputed::technical).toList();
      if (!priceArgued.isEmpty()) out.print(table(priceArgued).render("  "));
      // Technical glosas apart: the contract gives their value, a person must give the clinical argument.
      if (!clinical.isEmpty()) {
        out.println("  " + M.get("recurso.technical.heading"));
        out.print(table(clinical).render("  "));
      }
      for (GlosaDispute.Disputed d : o.disputed()) {
        if (d.share().split()) {
          out.println("  " + M.get("recurso.split", d.guide().number(), d.item().seq(), d.share().part(),
              d.share().parts(), d.contract().item().seq(), d.contract().paid().format(),
              d.share().contractValue().format()));
        }
      }
      GlosaDispute.Whole p = o.wholeProtocol();
      if (p != null) {
        out.println("  " + M.get(p.appealed().isZero() ? "recurso.whole.protocol.upheld" : p.technical()
            ? "recurso.whole.protocol.technical" : "recurso.whole.protocol", motivo(p.glosa()), p.glosed().format(),
            p.contractPays().format(), p.operatorPaid().format(), p.appealed().format()));
      } else if (o.protocol().glosa() != null) {
        out.println("  " + M.get("recurso.whole.protocol.elsewhere", motivo(o.protocol().glosa())));
      }
      for (GlosaDispute.Whole g : o.wholeGuides()) {
        out.println("  " + M.get(g.recurso() == null ? "recurso.whole.guide.upheld" : g.technical()
            ? "recurso.whole.guide.technical" : "recurso.whole.guide", g.guide().number(), motivo(g.glosa()),
            g.glosed().format(), g.contractPays().format(), g.operatorPaid().format(), g.appealed().format()));
      }
      for (GlosaDispute.Unmatched u : o.unmatched()) {
        out.println("  " + unmatched(u));
      }
      appealed = appealed.plus(o.appealed());
      glosed = glosed.plus(o.glosed());
      disputed += o.wholeProtocol() != null ? (o.wholeProtocol().appealed().isZero() ? 0 : 1)
          : o.disputed().size() + o.guideRecursos().size();
      upheld += (int) o.upheld().stream().filter(u -> u.value().equals(u.glosa().value())).count();
    }
    long items = outcomes.stream().flatMap(w -> w.outcome().disputed().stream())
        .map(d -> d.guide().number() + "/" + d.item().seq()).distinct().count();
    out.println(M.get("recurso.total", Plural.of(disputed, "glosa"), Plural.of(items, "item"), appealed.format(),
        glosed.format(), Plural.of(upheld, "glosa")));
    if (rebuilt) {
      out.println(M.get("recurso.rebuilt"));
    }
  }

  /** The summary's line for an item of the demonstrativo that could not be re-priced, in the reader's language. */
  static String unmatched(GlosaDispute.Unmatched u) {
    return M.get("recurso.unmatched", u.guide().number(), u.item().seq(), u.item().code(), u.reason());
  }

  private static TextColumns table(List<GlosaDispute.Disputed> rows) {
    TextColumns t = new TextColumns(M.get("recurso.columns").split("\\|", -1));
    for (GlosaDispute.Disputed d : rows) {
      t.row(d.guide().number(), String.valueOf(d.item().seq()), d.item().code(), d.glosa().code(),
          d.glosa().value().format(), d.share().contractValue().format(), d.operatorPaid().format(),
          d.appealed().format());
    }
    return t;
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
