package convenio.tiss.r40300;

import convenio.i18n.Messages;
import convenio.tiss.TissProblem;
import convenio.tiss.read.LegacyNames;
import convenio.tiss.read.ReadContext;
import convenio.tiss.xml.ObservingReader;
import jakarta.xml.bind.ValidationEvent;

/**
 * What binding a guide to the 4.03.00 classes reports, named by the element the reader is on: an element the
 * classes do not have, or a value that does not convert (an empty time, a malformed date or number). One wording
 * for both ways of binding — the JAXB unmarshaller's events and {@link StaxGuides} — so the two say the same thing
 * at the same place. The 3.x names that are captured from the raw stream instead are not complained about.
 */
final class JaxbIssues {
  private static final Messages M = Messages.of(JaxbIssues.class, "convenio.tiss.r40300.messages");

  private JaxbIssues() {}

  /** A JAXB event, at the place its locator gives (the reader's, which is where the unmarshaller is). */
  static void record(ReadContext ctx, ValidationEvent event) {
    ObservingReader r = ctx.reader();
    boolean located = event.getLocator() != null && event.getLocator().getLineNumber() > 0;
    int line = located ? event.getLocator().getLineNumber() : r.line();
    int column = located ? event.getLocator().getColumnNumber() : r.column();
    String msg = event.getMessage() == null ? "" : event.getMessage();
    if (event.getLinkedException() == null && msg.toLowerCase().contains("limit")) {
      ctx.issue(new ReadContext.BindingIssue(TissProblem.Kind.MESSAGE, line, column, r.currentName(),
          M.get("binding.stopped", msg)));
    } else if (msg.startsWith("unexpected element")) {
      unknownElement(ctx, line, column);
    } else {
      badValue(ctx, line, column);
    }
  }

  /** The element the reader is on is not in its parent's class (it is skipped). */
  static void unknownElement(ReadContext ctx, int line, int column) {
    ObservingReader r = ctx.reader();
    String element = r.currentName();
    String parent = r.parentName();
    if (legacy3x(ctx) && LegacyNames.captured(element, parent)) return;
    String message = parent != null
        ? M.get("unknown.element.in", element, parent, Binding40300.RELEASE)
        : M.get("unknown.element", element, Binding40300.RELEASE);
    ctx.issue(new ReadContext.BindingIssue(TissProblem.Kind.UNKNOWN_ELEMENT, line, column, element, message));
  }

  /** The text of the element the reader is on does not convert to its type (the value is left out). */
  static void badValue(ReadContext ctx, int line, int column) {
    ObservingReader r = ctx.reader();
    String element = r.currentName();
    String text = r.leafText();
    String value = text == null ? "" : text.strip();
    String message = value.isEmpty() ? M.get("bad.value.empty", element, typeWord(element))
        : M.get("bad.value", element, abbreviate(value), typeWord(element));
    ctx.issue(new ReadContext.BindingIssue(TissProblem.Kind.BAD_VALUE, line, column, element, message));
  }

  /** A 3.x message, by what it declares (also 3.0x releases whose schema is not kept, read as 4.03.00). */
  private static boolean legacy3x(ReadContext ctx) {
    return ctx.padrao() != null && ctx.padrao().strip().startsWith("3.");
  }

  /** What a value of this element should be, in words, from the element name's TISS conventions. */
  private static String typeWord(String element) {
    if (element == null) return M.get("type.value");
    String e = element.toLowerCase();
    if (e.startsWith("hora")) return M.get("type.time");
    if (e.startsWith("data")) return M.get("type.date");
    if (e.startsWith("valor") || e.startsWith("quantidade") || e.startsWith("qtd") || e.startsWith("reducao")
        || e.startsWith("fator") || e.startsWith("sequencial")) {
      return M.get("type.number");
    }
    return M.get("type.value");
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
