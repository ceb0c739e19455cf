package convenio.repl;

import static convenio.repl.ReplTexts.M;

import convenio.report.Plural;
import convenio.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The what-if commands of a session ({@code let}, {@code set}, {@code changes}, {@code reset}) and the evaluation of
 * expressions typed at the prompt, which works the same way: the contract compiled again with one more {@code let}.
 */
final class WhatIfCommands {
  private final ReplSession session;

  WhatIfCommands(ReplSession session) {
    this.session = session;
  }

  /** {@code let NAME = EXPR}, {@code set NAME = EXPR}, {@code set TABLE.CODE.COLUMN = VALUE}. */
  void change(String input, String keyword) {
    LoadedContract contract = session.contract();
    PrintWriter out = session.out();
    if (contract == null) {
      session.fail(M.get("no.contract"));
      return;
    }
    ReplInput in = new ReplInput(input);
    WhatIfInput.Parsed parsed = WhatIfInput.parse(in, keyword, contract);
    if (parsed.change() == null) {
      out.print(in.render(parsed.diagnostics(), contract::sourceText));
      session.fail(null);
      return;
    }
    String why = apply(parsed.change(), true);
    if (why != null) {
      session.fail(why);
      return;
    }
    if (!session.accounts().isEmpty()) {
      out.println(M.get("whatif.difference", Plural.of(contract.whatIf.list().size(), "change")));
      PriceDiff.print(session.originalResults(), session.priceAll(contract.current().contract()), out);
    }
  }

  /**
   * Compiles the contract with one more change and makes it current; says what the value was and is now. Returns null
   * when applied, or why not (after printing the diagnostics, with the caret in the input or in the contract).
   */
  String apply(WhatIf.Change change, boolean verbose) {
    LoadedContract contract = session.contract();
    LoadedContract.Build b = contract.build(contract.withChange(change), List.of());
    if (!b.compilation().ok()) {
      session.out().print(new ReplInput(change.text()).render(errors(b), contract::sourceText));
      return M.get("whatif.not.compiled");
    }
    contract.whatIf.add(change);
    contract.setCurrent(b);
    if (verbose) session.out().println(WhatIfInput.describe(change, contract));
    return null;
  }

  /** {@code changes}: the changes in force, as they were typed. */
  void list() {
    LoadedContract contract = session.contract();
    if (contract == null || contract.whatIf.isEmpty()) {
      session.out().println(M.get("whatif.none"));
      return;
    }
    for (WhatIf.Change c : contract.whatIf.list()) session.out().println("  " + c.text().strip());
  }

  /** {@code reset}: back to the contract as loaded. */
  void reset() {
    LoadedContract contract = session.contract();
    if (contract == null || contract.whatIf.isEmpty()) {
      session.out().println(M.get("whatif.nothing.to.reset"));
      return;
    }
    int n = contract.whatIf.list().size();
    contract.whatIf.clear();
    contract.setCurrent(contract.original);
    session.out().println(M.get("whatif.reset", Plural.of(n, "change")));
  }

  /** Any other input: an expression of the language, evaluated against the contract with the changes in force. */
  void evaluate(String input) {
    LoadedContract contract = session.contract();
    if (contract == null) {
      session.fail(M.get("no.contract.help"));
      return;
    }
    ReplInput in = new ReplInput(input);
    ReplInput.Parsed parsed = in.expression(0);
    if (!parsed.ok()) {
      session.out().print(in.render(parsed.diagnostics(), contract::sourceText));
      session.fail(null);
      return;
    }
    WhatIf.SetName probe = new WhatIf.SetName(ReplCompiler.PROBE, parsed.expr(), in.span(0, input.strip().length()), input);
    LoadedContract.Build b = contract.build(contract.whatIf, List.of(probe));
    if (!b.compilation().ok()) {
      session.out().print(in.render(errors(b), contract::sourceText));
      session.fail(null);
      return;
    }
    Object value;
    try {
      value = contract.constant(b, ReplCompiler.PROBE);
    } catch (RuntimeException e) {
      // Names of the item (code, quantity, presented…) have a value only while an item is priced.
      session.fail(M.get("whatif.needs.item", e.getMessage()));
      return;
    }
    session.out().println(ValueText.of(value));
  }

  /** The errors of a build, those about the input moved to the lines the user typed. */
  private static List<Diagnostic> errors(LoadedContract.Build b) {
    List<Diagnostic> errors = new ArrayList<>();
    for (Diagnostic d : LoadedContract.errorsOnly(b.compilation().diagnostics())) errors.add(ReplInput.user(d));
    return errors;
  }
}
