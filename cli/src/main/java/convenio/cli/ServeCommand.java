package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.report.Plural;
import convenio.api.ContractRegistry;
import convenio.api.ReloadReport;
import convenio.diagnostics.Diagnostic;
import convenio.server.ConvenioServer;
import convenio.server.ServerOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code convenio serve --contracts DIR}: prices accounts over HTTP for billing systems outside the JVM, with the
 * contracts of a folder reloaded when they change. Runs until interrupted (Ctrl-C, SIGTERM), then shuts down cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Serve pricing over HTTP: POST /price, GET /contracts, GET /health, POST /reload (see docs/embedding.md).",
    "The bearer token is read from --token-file or the CONVENIO_TOKEN environment variable, never from the"
        + " command line (where ps would show it). One line per request goes to stderr: method, path, status,"
        + " time and the contract version that priced it."},
    footer = {"", "Examples:",
        "  ./convenio serve --contracts contracts/hospital-sao-lucas",
        "  CONVENIO_TOKEN=\"$(cat /etc/convenio/token)\" ./convenio serve \\",
        "      --contracts /srv/convenio/contracts --port 8750",
        "  ./convenio serve --contracts /srv/convenio/contracts \\",
        "      --token-file /etc/convenio/token --host 0.0.0.0",
        "", "Exit codes (docs/commands.md): 0 stopped (Ctrl-C, SIGTERM); 2 usage error;",
        "3 the contracts folder or token file cannot be read, or the port cannot be opened."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--contracts", required = true, paramLabel = "DIR",
      description = "folder of compiled contracts (.cvc) and contract sources (.convenio)")
  Path contracts;

  @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT, description = "default ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)")
  String host;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "require Authorization: Bearer TOKEN (all but /health), TOKEN being this file's first line;"
          + " default: the CONVENIO_TOKEN environment variable, if set")
  Path tokenFile;

  /** Refused with a reason: a secret given as an argument is visible to every user of the machine in ps. */
  @Option(names = "--token", hidden = true, paramLabel = "T")
  String tokenOnCommandLine;

  /** The environment, replaceable in tests. */
  java.util.function.Function<String, String> env = System::getenv;

  @Option(names = "--max-body", defaultValue = "10485760", paramLabel = "BYTES",
      description = "largest request accepted (default ${DEFAULT-VALUE})")
  int maxBody;

  @Option(names = "--max-concurrent", paramLabel = "N", description = "pricing requests at once (default: cores)")
  Integer maxConcurrent;

  @Option(names = "--verify-key", paramLabel = "PUBLIC-KEY",
      description = "serve only artifacts signed with the matching private key (Ed25519 PEM; see convenio compile"
          + " --sign-key); unsigned or wrongly signed ones, and sources, are refused")
  Path verifyKey;

  @Option(names = "--request-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "time a client has to send a whole request, and to take the answer (default ${DEFAULT-VALUE})")
  int requestTimeout;

  @Option(names = "--max-connections", defaultValue = "" + ServerOptions.DEFAULT_MAX_CONNECTIONS, paramLabel = "N",
      description = "requests read or answered at once; more wait briefly, then are refused (default ${DEFAULT-VALUE})")
  int maxConnections;

  @Option(names = "--operator-name", description = "operator named in TISS demonstrativos")
  String operatorName;

  @Option(names = "--operator-cnpj", description = "operator CNPJ in TISS demonstrativos")
  String operatorCnpj;

  @Option(names = "--history", paramLabel = "DB",
      description = "serve GET /indicators from this glosa history (a file, or postgresql://…)")
  String history;

  @Option(names = "--no-watch", description = "reload only on POST /reload, not when files change")
  boolean noWatch;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (tokenOnCommandLine != null) {
      throw new ParameterException(spec.commandLine(), MESSAGES.get("serve.token.on.command.line"));
    }
    if (!Files.isDirectory(contracts)) {
      err.println(MESSAGES.get("serve.not.folder", contracts));
      return ExitCode.FILES;
    }
    String token;
    try {
      token = token(tokenFile, env);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      err.println(tokenFile + ": " + e.getMessage());
      return ExitCode.FILES;
    }
    java.security.PublicKey trusted = null;
    if (verifyKey != null) {
      try {
        trusted = convenio.artifact.Signing.publicKey(verifyKey);
      } catch (convenio.artifact.Signing.BadKey e) {
        err.println(e.getMessage());
        return 1;
      }
    }
    ContractRegistry registry = trusted != null ? ContractRegistry.open(contracts, trusted)
        : ContractRegistry.open(contracts);
    print(err, registry.lastReload());
    if (!noWatch) registry.watch(Duration.ofMillis(500), r -> print(err, r));
    ServerOptions defaults = ServerOptions.defaults();
    ServerOptions options = new ServerOptions(host, port, token, maxBody,
        maxConcurrent != null ? maxConcurrent : defaults.maxConcurrent(), operatorName, operatorCnpj,
        Math.max(1, requestTimeout) * 1000, Math.max(1, maxConnections));
    // The JDK server's own limits on a slow client (seconds to send a request, to take an answer), unless set.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", "60");
    }
    if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
      System.setProperty("sun.net.httpserver.maxRspTime", "120");
    }
    ConvenioServer server;
    try {
      server = ConvenioServer.start(registry, options, line -> {
        synchronized (err) {
          err.println(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + " " + line);
          err.flush();
        }
      }, history);
    } catch (java.io.IOException e) {
      err.println(MESSAGES.get("serve.cannot.listen", host, port, e.getMessage()));
      registry.close();
      return ExitCode.FILES;
    }
    out.println(MESSAGES.get("serve.started", Plural.of(registry.contracts().size(), "contract version"), contracts,
        server.host(), server.port(), token != null ? MESSAGES.get("serve.token.required") : ""));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "convenio-serve-shutdown"));
    stopped.await();
    return 0;
  }

  /**
   * The bearer token: the first line of {@code tokenFile} (stripped), else the {@code CONVENIO_TOKEN} variable of
   * {@code env}, else null (no token required). An empty or unreadable file is an IOException saying so.
   */
  static String token(Path tokenFile, java.util.function.Function<String, String> env) throws java.io.IOException {
    if (tokenFile != null) {
      String first;
      try {
        first = Files.readAllLines(tokenFile, java.nio.charset.StandardCharsets.UTF_8).stream().findFirst()
            .map(String::strip).orElse("");
      } catch (java.io.IOException e) {
        throw new java.io.IOException(MESSAGES.get("serve.token.unreadable", e.getMessage()), e);
      }
      if (first.isEmpty()) throw new java.io.IOException(MESSAGES.get("serve.token.empty"));
      return first;
    }
    String fromEnv = env.apply("CONVENIO_TOKEN");
    return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
  }

  private static void print(PrintWriter err, ReloadReport r) {
    for (String s : r.loaded()) err.println(MESSAGES.get("serve.serving", s));
    for (String s : r.unloaded()) err.println(MESSAGES.get("serve.stopped", s));
    for (Diagnostic d : r.problems()) err.println(d.headline() + (d.hint() != null ? " (" + d.hint() + ")" : ""));
    err.flush();
  }
}
