package convenio.tiss.xml;

import convenio.i18n.Messages;
import convenio.tiss.TissException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Turns parser failures into one clear {@link TissException}, keeping our own refusals as they were raised. */
public final class Errors {
  private static final Messages M = Messages.of(Errors.class, "convenio.tiss.xml.messages");
  private Errors() {}

  public static TissException fatal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TissException te) return te;
      if (t.getCause() == t) break;
    }
    XMLStreamException xse = find(e, XMLStreamException.class);
    DecodingReader.BadByte bad = badByte(e);
    if (bad != null) {
      return new TissException(M.get("bad.byte", String.format("0x%02X", bad.value), bad.charset), bad.line, bad.column,
          e);
    }
    if (xse != null) {
      Location loc = xse.getLocation();
      String msg = xse.getMessage();
      // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the place is given separately.
      int i = msg == null ? -1 : msg.indexOf("Message: ");
      if (i >= 0) msg = msg.substring(i + "Message: ".length());
      msg = explain(msg);
      return loc != null ? new TissException(msg, loc.getLineNumber(), loc.getColumnNumber(), e)
          : new TissException(msg, e);
    }
    return new TissException(String.valueOf(e.getMessage()), e);
  }

  /** Entity references only ever appear in hostile TISS messages: say so rather than "not declared". */
  private static String explain(String msg) {
    if (msg == null) return M.get("not.well.formed");
    // "XML document structures must start and end within the same entity" is the parser's way of saying the text
    // ended inside an element: a truncated message, not an entity.
    if (msg.contains("must start and end within the same entity") || msg.contains("Premature end of file")) {
      return M.get("truncated");
    }
    if (msg.contains("was referenced, but not declared") || msg.contains("entity")) {
      return M.get("entity", msg);
    }
    return msg;
  }

  /** Our decoder's refusal, through causes and the StAX exceptions' own nesting. */
  private static DecodingReader.BadByte badByte(Throwable e) {
    int guard = 0;
    for (Throwable t = e; t != null && guard++ < 20; ) {
      if (t instanceof DecodingReader.BadByte b) return b;
      Throwable next = t.getCause();
      if (next == null && t instanceof XMLStreamException x) next = x.getNestedException();
      if (next == t) break;
      t = next;
    }
    return null;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return type.cast(t);
      if (t.getCause() == t) break;
    }
    return null;
  }
}
