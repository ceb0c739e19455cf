package convenio.repl;

import static convenio.repl.ReplTexts.M;

import convenio.api.Contract;
import convenio.report.Plural;
import convenio.artifact.ArtifactFormat;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.DiagnosticRenderer;
import convenio.diagnostics.Severity;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.report.ResultTable;
import convenio.report.TraceText;
import convenio.tiss.AccountFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One REPL session: what is loaded (a contract, accounts, what-if changes) and the commands. It reads nothing and
 * knows no terminal: each complete input is given to {@link #execute}, and everything it says goes to {@code out},
 * so the same session runs on a terminal, on piped input, and in tests.
 */
public final class ReplSession {
  static final List<String> COMMANDS = List.of("load", "open", "close", "price", "explain", "why", "let", "set",
      "changes", "reset", "reload", "help", "exit", "quit", "glosa", "edit", "revert", "group", "split", "undo", "log");

  private static final int MAX_TRACES = 5;

  private final PrintWriter out;
  private final WhatIfCommands whatIf = new WhatIfCommands(this);
  private final AuditCommands audit = new AuditCommands(this);
  private LoadedContract contract;
  private final List<LoadedAccount> accounts = new ArrayList<>();
  // Results of the accounts under the contract as loaded: what every what-if is compared with. Null until needed.
  private List<PricingResult> originalResults;
  private int failures;
  private boolean exitRequested;

  public ReplSession(PrintWriter out) {
    this.out = out;
  }

  /** How many inputs failed (a file that could not be read, an error in an expression…): the exit code's basis. */
  public int failures() {
    return failures;
  }

  public boolean exitRequested() {
    return exitRequested;
  }

  LoadedContract contract() {
    return contract;
  }

  PrintWriter out() {
    return out;
  }

  List<LoadedAccount> accounts() {
    return List.copyOf(accounts);
  }

  /** Runs one complete input (maybe several lines). Never throws for a mistake of the user: it says what is wrong. */
  public void execute(String input) {
    String text = input.strip();
    if (text.isEmpty() || text.startsWith("//")) return;
    String word = firstWord(text);
    String rest = text.substring(word.length()).strip();
    try {
      switch (word.toLowerCase(Locale.ROOT)) {
        case "help", "?" -> help();
        case "exit", "quit" -> exitRequested = true;
        case "load" -> load(rest);
        case "open" -> open(rest);
        case "close" -> close();
        case "reload" -> reload();
        case "price" -> price();
        case "explain" -> explain(rest);
        case "why" -> why(rest);
        case "let", "set" -> whatIf.change(input, word.toLowerCase(Locale.ROOT));
        case "changes" -> whatIf.list();
        case "reset" -> whatIf.reset();
        case "glosa", "edit", "revert", "group", "split", "undo", "log" -> {
          if (ready()) audit.execute(text, System.getProperty("user.name", "auditor"));
        }
        default -> whatIf.evaluate(input);
      }
    } catch (RuntimeException bug) {
      // A failure of the engine, not of the input: say so in one line and keep the session alive.
      fail(M.get("internal.error", bug));
    }
    out.flush();
  }

  // ---- loading ----

  /** {@code load FILE}: compiles the contract; what-if changes of the previous contract are dropped. */
  public void load(String arg) {
    if (arg.isBlank()) {
      fail(M.get("load.what"));
      return;
    }
    Path file = Path.of(unquote(arg));
    if (java.nio.file.Files.isDirectory(file)) {
      List<String> contracts = new java.util.ArrayList<>();
      try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(file)) {
        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".convenio")).sorted().forEach(contracts::add);
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        // listed as none
      }
      fail(M.get("load.folder", file, contracts.isEmpty() ? M.get("load.folder.none")
          : M.get("load.folder.some", String.join(", ", contracts))));
      return;
    }
    if (file.toString().endsWith(ArtifactFormat.EXTENSION)) {
      // What-if edits the contract's AST and evaluates its expressions: that takes the source, not the compiled form.
      fail(M.get("load.artifact", ArtifactFormat.EXTENSION));
      return;
    }
    LoadedContract.Loaded loaded = LoadedContract.load(file);
    List<Diagnostic> shown = loaded.contract() == null ? loaded.diagnostics()
        : loaded.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList();
    if (!shown.isEmpty()) {
      LoadedContract sourceOwner = loaded.contract();
      out.print(new DiagnosticRenderer(name -> sourceOwner != null ? sourceOwner.sourceText(name)
          : LoadedContract.readQuietly(name)).render(shown));
    }
    if (loaded.contract() == null) {
      fail(M.get("load.failed", file, DiagnosticRenderer.counts(loaded.diagnostics())));
      return;
    }
    contract = loaded.contract();
    originalResults = null;
    updateLookupDay();
    Contract c = contract.original.contract();
    out.println(M.get("loaded", c.name(), c.version(), file,
        accounts.isEmpty() ? "" : M.get("loaded.accounts", Plural.of(accounts.size(), "account"))));
  }

  /** {@code open FILE...}: reads TISS lotes or YAML/JSON accounts; they are priced by {@code price}. */
  public void open(String arg) {
    if (arg.isBlank()) {
      fail(M.get("open.what"));
      return;
    }
    for (String name : arg.split("\\s+")) {
      AccountFiles.Loaded read = AccountFiles.load(Path.of(unquote(name)));
      // Problems come with file and line; the guides that could be read are still priced.
      for (String problem : read.errors()) out.println(problem);
      for (String problem : read.warnings()) out.println(problem);
      if (read.account() == null) {
        fail(M.get("open.failed", name));
        continue;
      }
      accounts.add(new LoadedAccount(read.file(), read.account()));
      originalResults = null;
      updateLookupDay();
      int items = read.account().guides().stream().mapToInt(g -> g.items().size()).sum();
      out.println(M.get("opened", read.file(), Plural.of(read.account().guides().size(), "guide"),
          Plural.of(items, "item")));
    }
  }

  private void close() {
    accounts.clear();
    audit.forget();
    originalResults = null;
    updateLookupDay();
    out.println(M.get("closed"));
  }

  private void reload() {
    if (contract == null) {
      fail(M.get("no.contract"));
      return;
    }
    LoadedContract before = contract;
    List<PricingResult> resultsBefore = accounts.isEmpty() ? null : originalResults();
    LoadedContract.Loaded loaded = LoadedContract.load(before.file);
    if (loaded.contract() == null) {
      out.print(new DiagnosticRenderer(LoadedContract::readQuietly).render(loaded.diagnostics()));
      fail(M.get("reload.errors"));
      return;
    }
    contract = loaded.contract();
    originalResults = null;
    updateLookupDay();
    out.println(M.get("reloaded", before.file));
    // The what-if changes are kept: they are about names and rows, which the edited file most likely still has.
    for (WhatIf.Change c : before.whatIf.list()) {
      String why = whatIf.apply(c, false);
      if (why != null) out.println(M.get("reload.dropped", c.text(), why));
    }
    if (resultsBefore != null) {
      out.println(M.get("reload.difference"));
      PriceDiff.print(resultsBefore, originalResults(), out);
    }
  }

  // ---- pricing and explaining ----

  private void price() {
    if (!ready()) return;
    List<PricingResult> now = priceAll(contract.current().contract());
    List<PricingResult> shown = audited(now);
    for (int a = 0; a < now.size(); a++) {
      if (now.size() > 1) out.println(M.get("price.account", accounts.get(a).file()));
      if (shown.get(a) != now.get(a)) out.println(convenio.desk.Texts.M.get("repl.audited"));
      out.print(ResultTable.render(shown.get(a)));
    }
    if (!contract.whatIf.isEmpty()) {
      out.println(M.get("price.whatif", Plural.of(contract.whatIf.list().size(), "what-if change")));
      PriceDiff.print(originalResults(), now, out);
    }
  }

  /** {@code explain GUIDE ITEM}: the trace of one item. */
  private void explain(String rest) {
    if (!ready()) return;
    String[] args = rest.split("\\s+");
    if (args.length != 2 || args[0].isEmpty()) {
      fail(M.get("explain.usage"));
      return;
    }
    List<Found> found = ItemFinder.find(audited(priceAll(contract.current().contract())), args[0], args[1]);
    if (found.isEmpty()) {
      fail(M.get("explain.none", args[1], args[0], ItemFinder.guidesHint(accounts)));
      return;
    }
    for (Found f : found) show(f);
  }

  /** {@code why ITEM}: the trace of an item by its code or, in an account of one guide, by its sequence. */
  private void why(String rest) {
    if (!ready()) return;
    if (rest.isBlank()) {
      fail(M.get("why.usage"));
      return;
    }
    List<Found> found = ItemFinder.find(audited(priceAll(contract.current().contract())), null, unquote(rest));
    if (found.isEmpty()) {
      fail(M.get("why.none", rest, ItemFinder.guidesHint(accounts)));
      return;
    }
    if (found.size() > MAX_TRACES) {
      // A sequence number is in every guide of a lote: a page of traces helps nobody.
      out.println(M.get("why.many", found.size(), rest, found.get(0).guide().guide().number(),
          found.get(0).item().item().seq()));
      return;
    }
    for (Found f : found) show(f);
  }

  private void show(Found f) {
    out.println(M.get("guide", f.guide().guide().number()));
    out.print(TraceText.render(f.item(), "  "));
  }

  /** An item found by {@code why}/{@code explain}, with its guide. */
  record Found(GuideResult guide, ItemResult item) {}

  // ---- helpers ----

  /**
   * The day a table is looked up on when an expression is evaluated at the prompt (a table has versions by vigência,
   * chosen by the item's date): the first open account's date, else today within the contract's vigência.
   */
  private void updateLookupDay() {
    if (contract == null) return;
    LocalDate day = null;
    for (LoadedAccount a : accounts) {
      for (Guide g : a.account().guides()) {
        if (day == null) day = g.executionDate();
      }
    }
    if (day == null) {
      Contract c = contract.original.contract();
      day = LocalDate.now();
      if (c.effectiveFrom() != null && day.isBefore(c.effectiveFrom())) day = c.effectiveFrom();
      if (c.effectiveTo() != null && day.isAfter(c.effectiveTo())) day = c.effectiveTo();
    }
    contract.lookupDay(day);
  }

  private boolean ready() {
    if (contract == null) {
      fail(M.get("no.contract"));
      return false;
    }
    if (accounts.isEmpty()) {
      fail(M.get("no.accounts"));
      return false;
    }
    return true;
  }

  List<PricingResult> priceAll(Contract c) {
    List<PricingResult> out = new ArrayList<>();
    for (LoadedAccount a : accounts) out.add(c.price(a.account()));
    return out;
  }

  /** The results with the auditor's decisions, for the accounts that have some. */
  private List<PricingResult> audited(List<PricingResult> priced) {
    List<PricingResult> out = new ArrayList<>(priced);
    for (int a = 0; a < accounts.size() && a < out.size(); a++) {
      if (audit.audited(accounts.get(a))) out.set(a, audit.result(accounts.get(a)));
    }
    return out;
  }

  List<PricingResult> originalResults() {
    if (originalResults == null) originalResults = priceAll(contract.original.contract());
    return originalResults;
  }

  void fail(String message) {
    failures++;
    if (message != null) out.println(M.get("error", message));
  }

  private void help() {
    out.print(M.get("help"));
  }

  /**
   * Whether the input continues on the next line: commands take the rest of their line (a file name can end in
   * "-"), expressions and what-if values continue while a bracket is open or a line ends with an operator.
   */
  static boolean needsMoreLines(String input) {
    String text = input.strip();
    String word = firstWord(text).toLowerCase(Locale.ROOT);
    if (COMMANDS.contains(word) && !word.equals("let") && !word.equals("set")) return false;
    return Continuation.incomplete(text);
  }

  static String firstWord(String text) {
    int i = 0;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
    if (i == 0 && text.startsWith("?")) return "?";
    // Whole words only: "setup * 2" is an expression about a name "setup", not the command "set".
    return text.substring(0, i);
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

}
