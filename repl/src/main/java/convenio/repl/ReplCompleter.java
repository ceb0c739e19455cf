package convenio.repl;

import convenio.model.Guide;
import convenio.model.Item;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.tables.LoadedTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from what the session has loaded: commands at the start of a line, file paths after {@code load}
 * and {@code open}, the contract's names in expressions and after {@code let}/{@code set}, table codes after
 * {@code cbhpm["} (or {@code cbhpm.} in {@code set}), a row's columns after {@code cbhpm["…"].}, map keys after
 * {@code portes["}, and guide numbers and item codes after {@code explain} and {@code why}.
 */
final class ReplCompleter implements Completer {
  private static final List<String> FUNCTIONS = List.of("min", "max", "round", "exists", "contains");
  private static final int MAX_CODES = 200; // a table can hold 100,000 rows: offer the first ones that match
  private static final Pattern LOOKUP = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)\\[\"([^\"]*)");
  private static final Pattern DOTTED = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)\\.([^.\"\\[]*)");
  private static final Pattern COLUMN = Pattern.compile(
      "([\\p{L}_][\\p{L}\\p{N}_]*)(\\[\"[^\"]*\"]|\\.[^.\"\\[]+)\\.([\\p{L}\\p{N}_]*)");

  private final ReplSession session;
  private final Completer files = new Completers.FileNameCompleter();

  ReplCompleter(ReplSession session) {
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String word = line.word().substring(0, line.wordCursor());
    String command = line.words().isEmpty() ? "" : line.words().get(0);
    if (line.wordIndex() == 0) {
      if (cells(word, false, candidates)) return;
      for (String c : ReplSession.COMMANDS) {
        candidates.add(new Candidate(c, c, group("commands"), null, null, null, true));
      }
      names(word, candidates);
      return;
    }
    switch (command) {
      case "load", "open" -> files.complete(reader, line, candidates);
      case "why" -> items(null, candidates);
      case "explain" -> {
        if (line.wordIndex() == 1) guides(candidates);
        else items(line.words().get(1), candidates);
      }
      case "glosa", "edit", "revert", "group", "split" -> audit(command, line, candidates);
      case "set", "let" -> {
        if (line.wordIndex() == 1) {
          if (!cells(word, command.equals("set"), candidates)) lets(candidates);
        } else {
          expression(word, candidates);
        }
      }
      default -> expression(word, candidates);
    }
  }

  private void expression(String word, List<Candidate> candidates) {
    if (!cells(word, false, candidates)) names(word, candidates);
  }

  /** Codes and columns of a table (and keys of a map) when the word is a lookup; false when it is not one. */
  private boolean cells(String word, boolean setForm, List<Candidate> candidates) {
    LoadedContract c = session.contract();
    if (c == null) return false;
    Matcher col = COLUMN.matcher(word);
    if (col.matches() && !c.tables.versions(col.group(1)).isEmpty()) {
      String prefix = word.substring(0, word.length() - col.group(3).length());
      for (Decl.Column column : c.tables.versions(col.group(1)).get(0).columns()) {
        candidates.add(new Candidate(prefix + column.name(), column.name(), group("columns"), null, null, null, true));
      }
      return true;
    }
    Matcher lookup = LOOKUP.matcher(word);
    Matcher dotted = DOTTED.matcher(word);
    String name;
    String typed;
    boolean brackets;
    if (lookup.matches()) {
      name = lookup.group(1);
      typed = lookup.group(2);
      brackets = true;
    } else if (setForm && dotted.matches()) {
      name = dotted.group(1);
      typed = dotted.group(2);
      brackets = false;
    } else {
      return false;
    }
    Set<String> keys = new LinkedHashSet<>();
    for (LoadedTable t : c.tables.versions(name)) {
      for (String k : t.keys()) {
        if (k.startsWith(typed) && keys.size() < MAX_CODES) keys.add(k);
      }
    }
    boolean table = !keys.isEmpty() || !c.tables.versions(name).isEmpty();
    if (!table) keys.addAll(mapKeys(c, name, typed));
    for (String k : keys) {
      String value = brackets ? name + "[\"" + k + "\"]" : name + "." + k + ".";
      candidates.add(new Candidate(value, k, group(table ? "codes" : "keys"), null, null, null, !table && !setForm));
    }
    return !keys.isEmpty() || table;
  }

  private static List<String> mapKeys(LoadedContract c, String name, String typed) {
    Set<String> keys = new LinkedHashSet<>();
    for (ContractFile f : c.program.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.MapDecl m && m.name().equals(name)) {
          for (Decl.MapEntry e : m.entries()) {
            for (Expr.Literal k : e.keys()) {
              if (k.value() instanceof String s && s.startsWith(typed)) keys.add(s);
            }
          }
        }
      }
    }
    return List.copyOf(keys);
  }

  private void names(String word, List<Candidate> candidates) {
    LoadedContract c = session.contract();
    if (c != null) {
      for (String n : Names.declared(c.program)) {
        if (n.startsWith(word)) candidates.add(new Candidate(n, n, group("names"), null, null, null, false));
      }
    }
    for (String f : FUNCTIONS) candidates.add(new Candidate(f + "(", f, group("functions"), null, null, null, false));
  }

  private void lets(List<Candidate> candidates) {
    LoadedContract c = session.contract();
    if (c == null) return;
    for (String n : Names.lets(c.program)) candidates.add(new Candidate(n, n, group("names"), null, null, null, true));
    for (String t : Names.tables(c.program)) {
      candidates.add(new Candidate(t + ".", t, group("tables"), null, null, null, false));
    }
  }

  /**
   * The auditor's commands, word by word: the keywords where the syntax has one, guides and their items, the
   * selections of a group glosa, and the codes of TISS table 38 (with their standard text) where a code goes.
   */
  private void audit(String command, ParsedLine line, List<Candidate> candidates) {
    List<String> w = line.words();
    int i = line.wordIndex();
    String second = w.size() > 1 ? w.get(1) : "";
    switch (command) {
      case "glosa" -> {
        if (i == 1) {
          candidates.add(new Candidate("all", "all", group("keywords"), null, null, null, true));
          guides(candidates);
        } else if (second.equals("all")) {
          if (i == 2) guides(candidates);
          else if (i == 3) items(w.get(2), candidates);
          else if (i == 4) codes(candidates);
        } else if (i == 2) {
          items(second, candidates);
        } else if (i == 3) {
          keywords(candidates, "units", "amount");
        } else if (i == 5) {
          codes(candidates);
        }
      }
      case "revert" -> {
        if (i == 1) {
          candidates.add(new Candidate("table", "table", group("keywords"), null, null, null, true));
          guides(candidates);
        } else if (second.equals("table")) {
          if (i == 2) guides(candidates);
          else if (i == 3) items(w.get(2), candidates);
        } else if (i == 2) {
          items(second, candidates);
        } else if (i == 3) {
          keywords(candidates, "glosa");
        }
      }
      case "edit" -> {
        if (i == 1) guides(candidates);
        else if (i == 2) items(second, candidates);
        else if (i == 3) keywords(candidates, "glosa");
        else if (i > 4 && w.get(i - 1).equals("code")) codes(candidates);
        else if (i > 4) keywords(candidates, "code", "amount", "text");
      }
      case "group" -> {
        if (i == 1) keywords(candidates, "glosa");
        else if (i == 3) keywords(candidates, convenio.desk.Selections.NAMES.toArray(String[]::new));
        else if (i == 4) {
          keywords(candidates, "in");
          codes(candidates);
        } else if (i == 5 && w.get(4).equals("in")) guides(candidates);
        else if (i >= 5) codes(candidates);
      }
      case "split" -> {
        if (i == 1) guides(candidates);
        else if (i == 2) items(second, candidates);
      }
      default -> { }
    }
  }

  private static void keywords(List<Candidate> candidates, String... words) {
    for (String k : words) candidates.add(new Candidate(k, k, group("keywords"), null, null, null, !k.endsWith(":")));
  }

  private static void codes(List<Candidate> candidates) {
    for (var e : convenio.common.StandardJustifications.all().values()) {
      candidates.add(new Candidate(e.code(), e.code(), group("glosa.codes"), e.text(), null, null, true));
    }
  }

  private void guides(List<Candidate> candidates) {
    for (LoadedAccount a : session.accounts()) {
      for (Guide g : a.account().guides()) {
        candidates.add(new Candidate(g.number(), g.number(), group("guides"), null, null, null, true));
      }
    }
  }

  private void items(String guide, List<Candidate> candidates) {
    Set<String> seen = new LinkedHashSet<>();
    for (LoadedAccount a : session.accounts()) {
      for (Guide g : a.account().guides()) {
        if (guide != null && !guide.equals(g.number())) continue;
        for (Item i : g.items()) {
          String v = guide != null ? String.valueOf(i.seq()) : i.code();
          String descr = i.description() == null ? i.code() : i.description();
          if (seen.add(v)) candidates.add(new Candidate(v, v, group("items"), descr, null, null, true));
        }
      }
    }
  }

  /** The heading a group of candidates is listed under, in the reader's language. */
  private static String group(String key) {
    return ReplTexts.M.get("complete.group." + key);
  }
}
