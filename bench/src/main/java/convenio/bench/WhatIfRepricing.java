package convenio.bench;

import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.api.Convenio;
import convenio.bench.workload.ContractText;
import convenio.model.Account;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.TableLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The REPL's what-if, done the way the REPL does it: the contract's program and tables are loaded once; a change of
 * one {@code let} replaces that declaration's value in a copy of the program (tables untouched, so not re-read) and
 * the copy goes through check and compile again; then the accounts are re-priced.
 */
final class WhatIfRepricing {
  private final Program program;
  private final TableLoader.Result tables;

  WhatIfRepricing(Path contract) {
    this.program = ModuleLoader.load(contract);
    this.tables = TableLoader.load(program);
  }

  Contract original() {
    return BenchContracts.contractOf(Convenio.compile(program, tables), Path.of("what-if"));
  }

  /** The program with {@code name}'s value taken from {@code other} (the same contract with that let changed). */
  Program withLetFrom(Program other, String name) {
    Decl.Let changed = null;
    for (ContractFile f : other.files()) {
      for (Decl d : f.decls()) if (d instanceof Decl.Let l && l.name().equals(name)) changed = l;
    }
    if (changed == null) throw new IllegalArgumentException("no let " + name);
    List<ContractFile> files = new ArrayList<>();
    for (ContractFile f : program.files()) {
      List<Decl> decls = new ArrayList<>(f.decls().size());
      for (Decl d : f.decls()) {
        decls.add(d instanceof Decl.Let l && l.name().equals(name) ? new Decl.Let(l.span(), name, changed.value()) : d);
      }
      files.add(new ContractFile(f.file(), f.header(), decls));
    }
    return new Program(files, program.sources(), program.diagnostics());
  }

  /** Timings of one what-if: recompile with the changed let, then re-price every account. */
  record Timing(double compileMs, double priceMs, long paidCents) {}

  Timing run(Program changed, List<Account> accounts) {
    long t0 = System.nanoTime();
    Compilation c = Convenio.compile(changed, tables);
    Contract contract = BenchContracts.contractOf(c, Path.of("what-if"));
    long t1 = System.nanoTime();
    long paid = 0;
    for (Account a : accounts) paid += contract.price(a).totals().paid().cents();
    long t2 = System.nanoTime();
    return new Timing((t1 - t0) / 1e6, (t2 - t1) / 1e6, paid);
  }

  static Program parse(String name, String text) {
    return ModuleLoader.load(new SourceFile(name, text, null), n -> null);
  }

  static String changedSource(int markup) {
    return ContractText.source(markup);
  }
}
