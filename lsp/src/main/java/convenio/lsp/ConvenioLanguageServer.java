package convenio.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server of contract files: what it can do (its capabilities), its lifecycle, and the two services
 * that do the work. Documents are synchronised incrementally; every answer is made from the last analysis of the
 * document's current text.
 */
public final class ConvenioLanguageServer implements LanguageServer, LanguageClientAware {
  private final ConvenioDocuments documents = new ConvenioDocuments();
  private final ConvenioWorkspace workspace = new ConvenioWorkspace();
  private final java.util.function.IntConsumer onExit;
  private volatile boolean shutdown;

  /**
   * {@code onExit} gets the client's {@code exit} notification with the protocol's exit code: 0 after a
   * {@code shutdown} request, else 1 (the command ends the process there; null: nothing to do).
   */
  public ConvenioLanguageServer(java.util.function.IntConsumer onExit) {
    this.onExit = onExit;
  }

  /**
   * Serves one client over a pair of streams (stdio for {@code convenio lsp}, pipes in the tests) until it
   * disconnects; the returned future completes then.
   */
  public static Future<Void> serve(InputStream in, OutputStream out, java.util.function.IntConsumer onExit) {
    ConvenioLanguageServer server = new ConvenioLanguageServer(onExit);
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "convenio-lsp-io");
      t.setDaemon(true);
      return t;
    });
    Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>().setLocalService(server)
        .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(threads).create();
    server.connect(launcher.getRemoteProxy());
    return launcher.startListening();
  }

  @Override
  public void connect(LanguageClient client) {
    documents.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities c = new ServerCapabilities();
    c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    c.setCompletionProvider(new CompletionOptions(false, List.of(".", " ", "\"")));
    c.setHoverProvider(true);
    c.setDefinitionProvider(true);
    c.setDocumentSymbolProvider(true);
    c.setRenameProvider(new RenameOptions(true));
    c.setDocumentFormattingProvider(true); // through convenio fmt's Formatter
    return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("convenio", "0.1.0")));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    documents.close();
    if (onExit != null) onExit.accept(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }
}
