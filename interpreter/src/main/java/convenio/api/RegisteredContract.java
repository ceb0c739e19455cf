package convenio.api;

import convenio.i18n.Messages;
import convenio.i18n.Text;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A contract version the registry serves, with where it came from: the file, whether it was a compiled artifact or a
 * source compiled on load, and the SHA-256 of the file's bytes (so a listing says exactly which file is live).
 */
public record RegisteredContract(Contract contract, Path file, Kind kind, String fileHash) {
  public enum Kind { ARTIFACT, SOURCE }

  private static final Messages M = Messages.of(RegisteredContract.class, "convenio.api.messages");

  /** True when the vigência contains {@code date} (both ends inclusive; an open end covers every later date). */
  public boolean covers(LocalDate date) {
    LocalDate from = contract.effectiveFrom(), to = contract.effectiveTo();
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  boolean overlaps(RegisteredContract other) {
    LocalDate aFrom = contract.effectiveFrom(), aTo = contract.effectiveTo();
    LocalDate bFrom = other.contract.effectiveFrom(), bTo = other.contract.effectiveTo();
    boolean aEndsBeforeB = aTo != null && bFrom != null && aTo.isBefore(bFrom);
    boolean bEndsBeforeA = bTo != null && aFrom != null && bTo.isBefore(aFrom);
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  /** {@code exemplo-sao-lucas version 3 (2025-01-01 .. 2025-12-31) from contracts/x.cvc}, for messages. */
  public String describe() {
    return description().get();
  }

  /** {@link #describe} as a {@link Text}, written in the language of whoever reads the message it is part of. */
  public Text description() {
    return M.text("registered.contract", contract.id(), contract.version(), vigencia(), file);
  }

  public String vigencia() {
    return contract.effectiveFrom() + " .. " + (contract.effectiveTo() == null ? "" : contract.effectiveTo());
  }
}
