package convenio.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A collector that every stage appends to; stages keep going after an error so a file reports all of its errors. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void add(Diagnostic d) {
    all.add(d);
  }

  public void addAll(List<Diagnostic> ds) {
    all.addAll(ds);
  }

  public boolean hasErrors() {
    for (Diagnostic d : all) if (d.isError()) return true;
    return false;
  }

  public int errorCount() {
    int n = 0;
    for (Diagnostic d : all) if (d.isError()) n++;
    return n;
  }

  /** In file, line, column order, so output is stable whatever order the stages found them in. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column));
    return List.copyOf(copy);
  }

  public List<Diagnostic> list() {
    return List.copyOf(all);
  }
}
