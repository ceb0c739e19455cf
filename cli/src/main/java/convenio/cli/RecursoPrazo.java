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
 * The recurso prazo the contract states (RN 503/2022 requires contracts to state the prazos of the recurso de glosa):
 * a recurso dated after the demonstrativo's date plus the prazo is out of prazo. Said before the recurso is drafted,
 * for every demonstrativo of the message.
 */
final class RecursoPrazo {
  private RecursoPrazo() {}

  /**
   * Prints each demonstrativo's last day to appeal; returns false when any is out of prazo on {@code date}. A
   * demonstrativo that cannot be read is left to the recurso itself to report.
   */
  static boolean check(Path demonstrativo, int days, LocalDate date, PrintWriter out, PrintWriter err) {
    return check(demonstrativo, operator -> days, date, out, err);
  }

  /** As above, the prazo of each demonstrativo's operator from {@code prazo} (null: none stated, not checked). */
  static boolean check(Path demonstrativo, java.util.function.Function<String, Integer> prazo, LocalDate date,
      PrintWriter out, PrintWriter err) {
    DemonstrativoReader.Result read;
    try {
      read = new DemonstrativoReader().read(demonstrativo);
    } catch (TissException | UncheckedIOException e) {
      return true;
    }
    boolean inTime = true;
    for (AnaliseConta d : read.demonstrativos()) {
      Integer stated = prazo.apply(d.operatorAns());
      if (stated == null) {
        out.println(MESSAGES.get("prazo.none", d.operatorAns()));
        continue;
      }
      int days = stated;
      if (d.issued() == null) {
        err.println(MESSAGES.get("prazo.no.date", d.number()));
        continue;
      }
      LocalDate last = d.issued().plusDays(days);
      long left = ChronoUnit.DAYS.between(date, last);
      if (left < 0) {
        inTime = false;
        err.println(MESSAGES.get("prazo.late", d.number(), d.issued(), days, last, date, -left));
      } else {
        out.println(MESSAGES.get("prazo.in.time", d.number(), d.issued(), last, left));
      }
    }
    return inTime;
  }
}
