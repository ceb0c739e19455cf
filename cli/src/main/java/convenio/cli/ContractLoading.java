package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.api.Convenio;
import convenio.artifact.ArtifactFormat;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FOR EVERY COMMAND THAT TAKES {@code --contract}: load it with {@link #load(Path, PrintWriter)} (or
 * {@link #compile(Path)} when you want the diagnostics as values). Both accept a compiled artifact ({@code .cvc},
 * written by {@code convenio compile}) as well as a contract source ({@code .convenio}), so users can pass either
 * anywhere. Diagnostics are printed as {@code convenio check} prints them, with the source line when it is known
 * (an artifact carries its sources, so its diagnostics show them too).
 */
public final class ContractLoading {
  private ContractLoading() {}

  /** The contract, or null after printing to {@code err} why there is none (warnings are printed too). */
  public static Contract load(Path file, PrintWriter err) {
    return load(file, false, err);
  }

  /** As {@link #load(Path, PrintWriter)}; an artifact's sources parsed again when {@code verifySources}. */
  public static Contract load(Path file, boolean verifySources, PrintWriter err) {
    Compilation c = verifySources && isArtifact(file) ? Artifacts.verifySources(file, null) : compile(file);
    if (!c.diagnostics().isEmpty()) {
      err.print(render(c));
      err.flush();
    }
    return c.contract();
  }

  /** An artifact loaded or a source compiled; what went wrong, as diagnostics naming the file. */
  public static Compilation compile(Path file) {
    return isArtifact(file) ? Artifacts.load(file) : Convenio.compile(file);
  }

  public static boolean isArtifact(Path file) {
    return file.getFileName().toString().endsWith(ArtifactFormat.EXTENSION);
  }

  /** The diagnostics of a compilation, rendered with their source lines. */
  public static String render(Compilation c) {
    DiagnosticRenderer renderer = new DiagnosticRenderer(name -> {
      var s = c.sources().get(name);
      if (s != null) return s.text();
      try {
        Path p = Path.of(name);
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
      } catch (IOException | RuntimeException unreadable) {
        return null;
      }
    });
    return renderer.render(c.diagnostics()) + (c.ok() ? ""
        : MESSAGES.get("failed.counts", DiagnosticRenderer.counts(c.diagnostics())) + "\n");
  }

  static boolean hasErrors(Compilation c) {
    return c.diagnostics().stream().anyMatch(Diagnostic::isError);
  }
}
