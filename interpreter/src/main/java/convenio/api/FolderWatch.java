package convenio.api;

import convenio.i18n.Messages;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread watching a folder for created, changed and deleted contract files; after a change it waits until
 * the folder has been quiet for a while, then runs the action once. Closing it ends the thread: nothing is left behind.
 */
final class FolderWatch implements AutoCloseable {
  private static final Messages M = Messages.of(FolderWatch.class, "convenio.api.messages");

  private final WatchService service;
  private final Thread thread;
  private final Duration quiet;
  private final Runnable onChange;
  private final Path folder;
  private volatile boolean closed;

  FolderWatch(Path folder, Duration quiet, Runnable onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quiet = quiet;
    this.onChange = onChange;
    this.folder = folder;
    folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    this.thread = new Thread(this::run, "convenio-registry-watch " + folder);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (!closed) {
        if (!relevant(service.take())) continue;
        // Wait for the folder to settle: a copy of several files, or a file written in pieces, gives one reload.
        WatchKey more;
        while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) relevant(more);
        if (closed) break;
        try {
          onChange.run();
        } catch (RuntimeException e) {
          // A failing reload or listener must not end the watch: the next change tries again.
          System.err.println(M.get("watch.reload.failed", folder, e));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException stop) {
      // closed
    }
  }

  /** Consumes the key's events; true when one of them concerns a contract file (or events were lost). */
  private static boolean relevant(WatchKey key) {
    boolean any = false;
    for (WatchEvent<?> e : key.pollEvents()) {
      if (e.kind() == StandardWatchEventKinds.OVERFLOW) any = true;
      else if (e.context() instanceof Path p && ContractRegistry.isContractFile(p)) any = true;
    }
    key.reset();
    return any;
  }

  @Override
  public void close() {
    closed = true;
    try {
      service.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
