package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.tiss.AnaliseConta;
import convenio.tiss.DemonstrativoReader;
import convenio.tiss.TissException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The recurso prazo the contract states (ANS RN 503/2022, art. 4, requires contracts to state the prazos of the recurso
 * de glosa; the contract's {@code recurso in N days after demonstrativo}, or --prazo-days, or the history's): a recurso
 * dated after the demonstrativo's date plus the prazo is out of prazo. Said before the recurso is drafted, for every
 * demonstrativo of the message.
 */
final class RecursoPrazo {
  private RecursoPrazo() {}

  /**
   * Prints each demonstrativo's last day to appeal; returns false when any is out of prazo on {@code date}. A
   * demonstrativo that cannot be read is left to the recurso itself to report.
   */
  /** The recurso prazo of an operator's demonstrativos, in days, or null when none is stated. */
  interface Source {
    Integer days(String operatorAns);
  }

  /** The operators of the demonstrativos in a message (none when it cannot be read: the recurso reports that). */
  static java.util.List<String> operators(Path demonstrativo) {
    try {
      return new DemonstrativoReader().read(demonstrativo).demonstrativos().stream().map(AnaliseConta::operatorAns)
          .distinct().toList();
    } catch (TissException | UncheckedIOException e) {
      return java.util.List.of();
    }
  }

  static boolean check(Path demonstrativo, int days, LocalDate date, PrintWriter out, PrintWriter err) {
    return lateOnes(demonstrativo, operator -> days, date, out, err).isEmpty();
  }

  /**
   * As above, the prazo of each demonstrativo's operator from {@code prazo} (null: none stated, not checked);
   * returns the numbers of the demonstrativos out of prazo.
   */
  static java.util.Set<String> lateOnes(Path demonstrativo, Source prazo, LocalDate date, PrintWriter out,
      PrintWriter err) {
    java.util.Set<String> late = new java.util.LinkedHashSet<>();
    DemonstrativoReader.Result read;
    try {
      read = new DemonstrativoReader().read(demonstrativo);
    } catch (TissException | UncheckedIOException e) {
      return late;
    }
    for (AnaliseConta d : read.demonstrativos()) {
      Integer stated = prazo.days(d.operatorAns());
      if (stated == null) continue; // neither the contract nor the options state one: nothing to check
      int days = stated;
      if (d.issued() == null) {
        err.println(MESSAGES.get("prazo.no.date", d.number()));
        continue;
      }
      LocalDate last = d.issued().plusDays(days);
      long left = ChronoUnit.DAYS.between(date, last);
      if (left < 0) {
        late.add(d.number());
        err.println(MESSAGES.get("prazo.late", d.number(), d.issued(), days, last, date, -left));
      } else {
        out.println(MESSAGES.get("prazo.in.time", d.number(), d.issued(), last, left));
      }
    }
    return late;
  }
}
