package convenio.artifact;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;

/** Diagnostics kept in an artifact: the warnings its compilation gave, so that loading reports the same ones. */
final class DiagnosticCodec {
  private DiagnosticCodec() {}

  static void write(BinaryOut out, List<Diagnostic> ds) {
    out.uvar(ds.size());
    for (Diagnostic d : ds) {
      out.str(d.severity().name());
      out.str(d.code());
      out.str(d.file());
      out.svar(d.line());
      out.svar(d.column());
      out.svar(d.length());
      out.str(d.message());
      out.str(d.hint());
      Diagnostic.Related r = d.related();
      out.bool(r != null);
      if (r != null) {
        out.str(r.file());
        out.svar(r.line());
        out.svar(r.column());
        out.str(r.message());
      }
    }
  }

  static List<Diagnostic> read(BinaryIn in) throws BinaryIn.Corrupt {
    int n = in.count();
    List<Diagnostic> ds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Severity severity = AstDecoder.named(Severity.class, in.requiredStr("a severity"));
      String code = in.str(), file = in.str();
      int line = in.sint(), column = in.sint(), length = in.sint();
      String message = in.str(), hint = in.str();
      Diagnostic.Related related = in.bool()
          ? new Diagnostic.Related(in.str(), in.sint(), in.sint(), in.str())
          : null;
      ds.add(new Diagnostic(severity, code, file, line, column, length, message, hint, related));
    }
    return ds;
  }
}
