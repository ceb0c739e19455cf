package convenio.tiss.read;

import convenio.tiss.TissDomain;
import convenio.tiss.TissProblem;
import convenio.tiss.TissRelease;
import convenio.tiss.xml.ObservingReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one message being read, shared by the parsing loop, the observers and the binding: the release,
 * its domain tables, the problems, the guide being read and what was captured for it from the raw stream.
 */
public final class ReadContext {
  private final TissRelease release;
  private final String padrao;
  private final TissDomain domain;
  private final Problems problems;
  private ObservingReader reader;

  private boolean inGuide;
  private String guideNumber;
  private int guideLine;
  private int guideColumn;
  private String legacyBeneficiaryName;
  private String legacyExecutorName;
  private final List<BindingIssue> issues = new ArrayList<>();

  /**
   * Something the binding reported while unmarshalling a guide, with the element it was on. Kept until the guide is
   * mapped: if the guide cannot be used, the issue that caused it becomes part of the one "guide skipped" problem.
   */
  public record BindingIssue(TissProblem.Kind kind, int line, int column, String element, String message) {}

  public ReadContext(TissRelease release, String padrao, Problems problems) {
    this.release = release;
    this.padrao = padrao;
    this.domain = TissDomain.of(release);
    this.problems = problems;
  }

  void attach(ObservingReader reader) {
    this.reader = reader;
  }

  public TissRelease release() {
    return release;
  }

  /** Padrao as the message declares it (may be a release this project does not know). */
  public String padrao() {
    return padrao;
  }

  public TissDomain domain() {
    return domain;
  }

  public Problems problems() {
    return problems;
  }

  public ObservingReader reader() {
    return reader;
  }

  public void beginGuide(int line, int column) {
    inGuide = true;
    guideNumber = null;
    guideLine = line;
    guideColumn = column;
    legacyBeneficiaryName = null;
    legacyExecutorName = null;
    issues.clear();
  }

  public void endGuide() {
    inGuide = false;
    guideNumber = null;
  }

  public boolean inGuide() {
    return inGuide;
  }

  /** numeroGuiaPrestador of the guide being read, once its cabecalho went by; else null. */
  public String guideNumber() {
    return guideNumber;
  }

  void guideNumber(String number) {
    if (inGuide && guideNumber == null) guideNumber = number;
  }

  public int guideLine() {
    return guideLine;
  }

  public int guideColumn() {
    return guideColumn;
  }

  /** nomeBeneficiario of a 3.x guide (dropped by 4.x and so by the binding), captured from the raw stream. */
  public String legacyBeneficiaryName() {
    return legacyBeneficiaryName;
  }

  /** nomeContratado / nomeContratadoExecutante of a 3.x guide's executing provider, captured likewise. */
  public String legacyExecutorName() {
    return legacyExecutorName;
  }

  void legacyBeneficiaryName(String name) {
    if (inGuide && legacyBeneficiaryName == null) legacyBeneficiaryName = name;
  }

  void legacyExecutorName(String name) {
    if (inGuide && legacyExecutorName == null) legacyExecutorName = name;
  }

  public void issue(BindingIssue issue) {
    issues.add(issue);
  }

  public List<BindingIssue> issues() {
    return List.copyOf(issues);
  }

  /** Reports a problem at the reader's current place, attributed to the current guide. */
  public void report(TissProblem.Severity severity, TissProblem.Kind kind, String message) {
    problems.report(new TissProblem(severity, kind, reader.line(), reader.column(), inGuide ? guideNumber : null,
        message));
  }
}
