package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code history add} did with one file: recorded it (as which kind of message, with how many lines), found it
 * already recorded, or could not read it (the reason with its place, file:line:col when the message has one).
 * Warnings are problems that still let the file be recorded (a guide skipped, an unknown code, a hash mismatch).
 */
public record AddOutcome(Path file, Status status, MessageKind kind, int lines, String detail, List<String> warnings) {
  public enum Status { RECORDED, ALREADY_RECORDED, FAILED }

  public AddOutcome {
    warnings = List.copyOf(warnings);
  }

  @Override
  public String toString() {
    return switch (status) {
      case RECORDED -> M.get("add.recorded", file, kind.shown(), lines, detail == null ? "" : ", " + detail);
      case ALREADY_RECORDED -> M.get("add.already", file, detail);
      case FAILED -> file + (detail.startsWith(":") ? "" : ": ") + detail;
    };
  }
}
