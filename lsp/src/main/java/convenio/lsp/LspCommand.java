package convenio.lsp;

import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code convenio lsp}: the language server on standard input and output, started by an editor (docs/editor.md).
 * Standard output carries the protocol alone, so anything else that would print there goes to standard error (or
 * to {@code --log-file}).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = {"Runs the language server for editors (Language Server Protocol on stdin/stdout).",
        "Editors start it; see docs/editor.md for VS Code and other editors."},
    footer = {"", "Examples:", "  ./convenio lsp", "  ./convenio lsp --log-file /tmp/convenio-lsp.log",
        "", "Editors run it themselves. Exit codes: 0 after the editor's shutdown and exit, 1 when the editor went",
        "away without them."})
public final class LspCommand implements Callable<Integer> {
  @Option(names = "--log-file", paramLabel = "FILE",
      description = "Append the server's messages to FILE instead of standard error.")
  java.nio.file.Path logFile;

  @Override
  public Integer call() throws Exception {
    InputStream in = System.in;
    OutputStream out = new FileOutputStream(java.io.FileDescriptor.out);
    PrintStream log = logFile == null ? System.err
        : new PrintStream(new FileOutputStream(logFile.toFile(), true), true, StandardCharsets.UTF_8);
    System.setOut(log);
    if (logFile != null) System.setErr(log);
    var listening = ConvenioLanguageServer.serve(in, out, code -> {
      log.flush();
      System.exit(code);
    });
    try {
      listening.get();
    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
      log.println(LspTexts.M.get("log.connection.ended", e.getMessage()));
    }
    // The editor closed the connection without an exit notification.
    return 1;
  }
}
