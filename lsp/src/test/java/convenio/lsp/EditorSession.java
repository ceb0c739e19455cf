package convenio.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor talking to the language server as VS Code does: JSON-RPC over a pair of pipes, through LSP4J's own
 * client launcher, so every request and answer goes through the protocol's serialisation.
 */
final class EditorSession implements AutoCloseable, LanguageClient {
  static final long WAIT_S = 30;

  final LanguageServer server;
  final InitializeResult initialized;
  private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  private final Future<Void> serverRunning;
  private final PipedOutputStream toServer;
  private final PipedOutputStream fromServer;
  private int version = 1;

  EditorSession() throws Exception {
    toServer = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
    fromServer = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 16);
    serverRunning = ConvenioLanguageServer.serve(serverIn, fromServer, null);
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    initialized = server.initialize(init).get(WAIT_S, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  static String uri(Path p) {
    return p.toAbsolutePath().normalize().toUri().toString();
  }

  String open(Path file) throws IOException {
    String uri = uri(file);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri, "convenio", version, Files.readString(file, StandardCharsets.UTF_8))));
    return uri;
  }

  /** Types {@code text} over a range, as an editor sends a keystroke or a paste (incremental synchronisation). */
  void type(String uri, Range range, String text) {
    version++;
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
  }

  int version() {
    return version;
  }

  /** The next diagnostics published for a document whose version is at least {@code version}. */
  PublishDiagnosticsParams diagnostics(String uri, int atLeastVersion) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
    while (System.nanoTime() < end) {
      PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
      if (p != null && p.getUri().equals(uri) && (p.getVersion() == null || p.getVersion() >= atLeastVersion)) return p;
    }
    throw new AssertionError("no diagnostics for " + uri + " version " + atLeastVersion);
  }

  List<CompletionItem> complete(String uri, int line, int character) throws Exception {
    return server.getTextDocumentService().completion(
        new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(WAIT_S, TimeUnit.SECONDS).getRight().getItems();
  }

  Hover hover(String uri, int line, int character) throws Exception {
    return server.getTextDocumentService().hover(
        new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character))).get(WAIT_S, TimeUnit.SECONDS);
  }

  List<? extends Location> definition(String uri, int line, int character) throws Exception {
    return server.getTextDocumentService().definition(
        new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(WAIT_S, TimeUnit.SECONDS).getLeft();
  }

  List<DocumentSymbol> symbols(String uri) throws Exception {
    return server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
        .get(WAIT_S, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
  }

  CompletableFuture<WorkspaceEdit> rename(String uri, int line, int character, String newName) {
    return server.getTextDocumentService().rename(
        new RenameParams(new TextDocumentIdentifier(uri), new Position(line, character), newName));
  }

  Range prepareRename(String uri, int line, int character) throws Exception {
    return server.getTextDocumentService().prepareRename(
        new PrepareRenameParams(new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(WAIT_S, TimeUnit.SECONDS).getSecond().getRange();
  }

  @Override
  public void close() throws Exception {
    server.shutdown().get(WAIT_S, TimeUnit.SECONDS);
    server.exit();
    // As an editor's process ends: both ends of the connection close, and the server stops listening.
    toServer.close();
    fromServer.close();
    serverRunning.get(WAIT_S, TimeUnit.SECONDS);
  }

  // ---- what the server sends the editor ----

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    diagnostics.add(params);
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void showMessage(MessageParams params) {}

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {}
}
