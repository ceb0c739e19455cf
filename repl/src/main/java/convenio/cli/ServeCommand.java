package convenio.cli;

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
import picocli.CommandLine.Spec;

/**
 * {@code convenio serve --contracts DIR}: prices accounts over HTTP for billing systems outside the JVM, with the
 * contracts of a folder reloaded when they change. Runs until interrupted (Ctrl-C, SIGTERM), then shuts down cleanly.
 */
@Command(name = "serve", description = {
    "Serve pricing over HTTP: POST /price, GET /contracts, GET /health, POST /reload (see docs/embedding.md)."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--contracts", required = true, paramLabel = "DIR",
      description = "folder of compiled contracts (.cvc) and contract sources (.convenio)")
  Path contracts;

  @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT, description = "default ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)")
  String host;

  @Option(names = "--token", paramLabel = "T", description = "require Authorization: Bearer T (all but /health)")
  String token;

  @Option(names = "--max-body", defaultValue = "10485760", paramLabel = "BYTES",
      description = "largest request accepted (default ${DEFAULT-VALUE})")
  int maxBody;

  @Option(names = "--max-concurrent", paramLabel = "N", description = "pricing requests at once (default: cores)")
  Integer maxConcurrent;

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
    if (!Files.isDirectory(contracts)) {
      err.println(contracts + ": not a folder");
      return 1;
    }
    ContractRegistry registry = ContractRegistry.open(contracts);
    print(err, registry.lastReload());
    if (!noWatch) registry.watch(Duration.ofMillis(500), r -> print(err, r));
    ServerOptions defaults = ServerOptions.defaults();
    ServerOptions options = new ServerOptions(host, port, token, maxBody,
        maxConcurrent != null ? maxConcurrent : defaults.maxConcurrent(), operatorName, operatorCnpj);
    // The JDK server's own limits on a slow client (seconds to send a request, to take an answer), unless set.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", "60");
    }
    if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
      System.setProperty("sun.net.httpserver.maxRspTime", "120");
    }
    ConvenioServer server = ConvenioServer.start(registry, options, history);
    out.println("convenio serve: " + registry.contracts().size() + " contract version(s) from " + contracts
        + " on http://" + server.host() + ":" + server.port() + (token != null ? " (bearer token required)" : ""));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "convenio-serve-shutdown"));
    stopped.await();
    return 0;
  }

  private static void print(PrintWriter err, ReloadReport r) {
    for (String s : r.loaded()) err.println("serving " + s);
    for (String s : r.unloaded()) err.println("stopped serving " + s);
    for (Diagnostic d : r.problems()) err.println(d.headline() + (d.hint() != null ? " (" + d.hint() + ")" : ""));
    err.flush();
  }
}
