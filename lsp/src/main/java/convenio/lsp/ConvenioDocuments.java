package convenio.lsp;

import static convenio.lsp.LspTexts.M;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import convenio.format.Formatter;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Open documents and the answers about them. Text changes are applied as they arrive; the document is re-checked
 * once typing pauses ({@link #PAUSE_MS}), or at once when a request needs its current version. One thread does every
 * check and answer, in order, so an answer always sees the text the editor had when it asked.
 */
final class ConvenioDocuments implements TextDocumentService {
  static final long PAUSE_MS = 150;

  /** A document as the editor has it. */
  private record Doc(String uri, int version, String text) {}

  private final Map<String, Doc> docs = new ConcurrentHashMap<>();
  private final Map<String, Analysis> analyses = new ConcurrentHashMap<>();
  /** The files other than the document itself that each document's last diagnostics went to (a table's CSV). */
  private final Map<String, Set<String>> publishedElsewhere = new ConcurrentHashMap<>();
  private final IndexCache indexes = new IndexCache();
  private final TableCache tables = new TableCache();
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "convenio-lsp-check");
    t.setDaemon(true);
    return t;
  });
  private volatile LanguageClient client;

  void connect(LanguageClient client) {
    this.client = client;
  }

  void close() {
    worker.shutdownNow();
  }

  // ---- synchronisation ----

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var d = params.getTextDocument();
    docs.put(d.getUri(), new Doc(d.getUri(), d.getVersion(), d.getText()));
    worker.execute(() -> publish(d.getUri()));
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Doc doc = docs.get(uri);
    if (doc == null) return;
    String text = doc.text();
    for (TextDocumentContentChangeEvent change : params.getContentChanges()) text = apply(text, change);
    Integer version = params.getTextDocument().getVersion();
    docs.put(uri, new Doc(uri, version == null ? doc.version() + 1 : version, text));
    worker.schedule(() -> publish(uri), PAUSE_MS, TimeUnit.MILLISECONDS);
  }

  static String apply(String text, TextDocumentContentChangeEvent change) {
    if (change.getRange() == null) return change.getText();
    TextLines lines = new TextLines(text);
    int from = lines.offset(change.getRange().getStart()), to = lines.offset(change.getRange().getEnd());
    return text.substring(0, from) + change.getText() + text.substring(Math.max(from, to));
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    docs.remove(uri);
    analyses.remove(uri);
    published.remove(uri);
    worker.execute(() -> {
      LanguageClient c = client;
      if (c == null) return;
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
      for (String other : publishedElsewhere.getOrDefault(uri, Set.of())) {
        c.publishDiagnostics(new PublishDiagnosticsParams(other, List.of()));
      }
      publishedElsewhere.remove(uri);
    });
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // A saved file may be imported by, or be a table of, other open documents: check them again.
    for (String uri : docs.keySet()) {
      if (!uri.equals(params.getTextDocument().getUri())) {
        analyses.remove(uri);
        worker.execute(() -> publish(uri));
      }
    }
  }

  /** The analysis of a document's current text, made now if the last one is older (on the worker thread). */
  Analysis current(String uri) {
    Doc doc = docs.get(uri);
    if (doc == null) return null;
    Analysis a = analyses.get(uri);
    if (a != null && a.version == doc.version() && a.text().equals(doc.text())) return a;
    Function<Path, String> openText = p -> {
      Doc open = docs.get(p.toUri().toString());
      return open == null ? null : open.text();
    };
    a = Analysis.of(uri, doc.version(), doc.text(), openText, indexes, tables);
    analyses.put(uri, a);
    return a;
  }

  /** The analysis whose diagnostics each document last sent: a pause after a request's check sends nothing new. */
  private final Map<String, Analysis> published = new ConcurrentHashMap<>();

  private void publish(String uri) {
    try {
      Analysis a = current(uri);
      LanguageClient c = client;
      if (a == null || c == null) return;
      if (published.get(uri) == a) return;
      Map<String, List<org.eclipse.lsp4j.Diagnostic>> byUri = DiagnosticsOut.byUri(a);
      Set<String> elsewhere = new HashSet<>(byUri.keySet());
      elsewhere.remove(uri);
      for (String gone : publishedElsewhere.getOrDefault(uri, Set.of())) {
        if (!byUri.containsKey(gone)) c.publishDiagnostics(new PublishDiagnosticsParams(gone, List.of()));
      }
      publishedElsewhere.put(uri, elsewhere);
      PublishDiagnosticsParams own = new PublishDiagnosticsParams(uri, byUri.getOrDefault(uri, List.of()));
      own.setVersion(a.version);
      c.publishDiagnostics(own);
      for (String other : elsewhere) c.publishDiagnostics(new PublishDiagnosticsParams(other, byUri.get(other)));
      published.put(uri, a);
    } catch (RuntimeException e) {
      // A failure here must not stop the server; the editor keeps the last diagnostics.
      System.err.println(M.get("log.check.failed", uri, e));
    }
  }

  // ---- requests ----

  private <T> CompletableFuture<T> answer(String uri, Function<Analysis, T> what) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      worker.execute(() -> {
        try {
          Analysis a = current(uri);
          result.complete(a == null ? null : what.apply(a));
        } catch (ResponseErrorException e) {
          result.completeExceptionally(e);
        } catch (RuntimeException e) {
          System.err.println(M.get("log.failed", e));
          result.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
              M.get("answer.failed", e.getMessage()), null)));
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException shutDown) {
      result.complete(null);
    }
    return result;
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return answer(params.getTextDocument().getUri(),
        a -> Either.forRight(new CompletionList(false, Completions.at(a, params.getPosition()))));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer(params.getTextDocument().getUri(), a -> Hovers.at(a, params.getPosition()));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    return answer(params.getTextDocument().getUri(),
        a -> Either.forLeft(new ArrayList<>(Definitions.at(a, params.getPosition()))));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    return answer(params.getTextDocument().getUri(), a -> {
      List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
      for (DocumentSymbol s : Outline.of(a)) out.add(Either.forRight(s));
      return out;
    });
  }

  @Override
  public CompletableFuture<Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
      prepareRename(PrepareRenameParams params) {
    return answer(params.getTextDocument().getUri(), a -> {
      PrepareRenameResult r = Renames.prepare(a, params.getPosition());
      return r == null ? null : Either3.forSecond(r);
    });
  }

  /**
   * textDocument/formatting: the document in canonical layout, by the same {@link Formatter} as {@code convenio fmt},
   * as one edit over the whole text; nothing when it is already formatted or has syntax errors (its diagnostics say
   * where). The keyword set is kept: the editor formats, {@code convenio fmt --to} translates.
   */
  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    String uri = params.getTextDocument().getUri();
    Doc doc = docs.get(uri);
    if (doc == null) return CompletableFuture.completedFuture(List.of());
    Formatter.Result r = Formatter.format(fileName(uri), doc.text(), null);
    if (!r.ok() || r.text().equals(doc.text())) return CompletableFuture.completedFuture(List.of());
    return CompletableFuture.completedFuture(List.of(new TextEdit(new org.eclipse.lsp4j.Range(new Position(0, 0),
        end(doc.text())), r.text())));
  }

  /** The position just after the last character (LSP counts UTF-16 code units, as Java strings do). */
  static Position end(String text) {
    int line = 0;
    int lastBreak = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lastBreak = i;
      }
    }
    return new Position(line, text.length() - lastBreak - 1);
  }

  private static String fileName(String uri) {
    try {
      return java.nio.file.Path.of(java.net.URI.create(uri)).toString();
    } catch (RuntimeException notAFile) {
      return uri;
    }
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return answer(params.getTextDocument().getUri(), a -> Renames.rename(a, params.getPosition(), params.getNewName()));
  }
}
