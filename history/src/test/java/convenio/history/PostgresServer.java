package convenio.history;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests: the one named by the environment variable CONVENIO_TEST_POSTGRES
 * ({@code postgresql://user:password@host:port/db}) when set, else one this extension starts from Debian's packages
 * (/usr/lib/postgresql/VERSION/bin; {@code .ci/run} installs them when missing): initdb in a throwaway folder, postgres
 * on a free loopback port (no TCP outside 127.0.0.1, socket in the same folder), stopped and deleted when the test
 * run ends. Each test gets a database of its own. As root (CI), the server runs as the {@code postgres} user, as
 * PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
  private static PostgresServer started;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Path folder;
  private Path bin;
  private boolean asPostgres;
  private String admin; // postgresql://… of the maintenance database

  @Override
  public synchronized void beforeAll(ExtensionContext context) throws Exception {
    synchronized (PostgresServer.class) {
      if (started != null) return;
      String given = System.getenv("CONVENIO_TEST_POSTGRES");
      if (given != null && !given.isBlank()) {
        admin = given;
      } else {
        start();
      }
      started = this;
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PostgresServer.class.getName(), this);
    }
  }

  /** A fresh, empty database on the server, as a {@code --db} value. */
  static String newDatabase() {
    String name = "convenio_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    Database db = Database.of(started.admin);
    try (Connection c = DriverManager.getConnection(db.url(), db.properties()); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
    }
    return started.admin.substring(0, started.admin.lastIndexOf('/') + 1) + name;
  }

  private void start() throws IOException, InterruptedException {
    bin = findBin();
    asPostgres = "root".equals(System.getProperty("user.name"));
    folder = Files.createTempDirectory("convenio-pg-");
    Path data = folder.resolve("data");
    if (asPostgres) run(List.of("chown", "-R", "postgres", folder.toString()), false);
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "convenio", "--auth=trust",
        "-E", "UTF8", "--no-sync"), true);
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("log").toString(), "-w",
        "-t", "60", "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), true);
    admin = "postgresql://convenio@127.0.0.1:" + port + "/postgres";
  }

  private static Path findBin() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> s = Files.list(root)) {
        var found = s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
            .max(Comparator.comparing(p -> p.getParent().getFileName().toString()));
        if (found.isPresent()) return found.get();
      }
    }
    throw new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql: install Debian's postgresql"
        + " (bash .ci/run does), or set CONVENIO_TEST_POSTGRES=postgresql://user:password@host:port/db");
  }

  private void run(List<String> command, boolean drop) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (drop && asPostgres) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    cmd.addAll(command);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    }
  }

  @Override
  public void close() throws Throwable {
    if (folder == null) return;
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w",
          "stop"), true);
    } finally {
      try (Stream<Path> s = Files.walk(folder)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
