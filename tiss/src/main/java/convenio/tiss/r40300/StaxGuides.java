package convenio.tiss.r40300;

import convenio.tiss.read.ReadContext;
import convenio.tiss.xml.ObservingReader;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import java.math.BigDecimal;
import java.time.Year;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.glassfish.jaxb.runtime.DatatypeConverterImpl;

/**
 * Fills the generated classes of a guide straight from the StAX events, by their {@link Shape}s, as the JAXB
 * runtime would: the same objects, the same unknown elements reported (and skipped with their subtree), the same
 * values refused, at the same line and column, through the same {@link JaxbIssues}. What it leaves out is JAXB's
 * general machinery (a loader and a state per element, attributes and namespace contexts copied, a context looked
 * up per value); that was two fifths of reading a lote. Subtrees whose classes have no shape (the XML signature)
 * are handed to the JAXB unmarshaller, which reads them from the same reader. One per message; not thread-safe.
 */
final class StaxGuides {
  private static final DatatypeFactory DATATYPES = DatatypeConverterImpl.getDatatypeFactory();
  private static final CollapsedStringAdapter COLLAPSE = new CollapsedStringAdapter();

  private final ReadContext ctx;
  private final Jaxb jaxb;
  private ObservingReader r;
  // After a subtree bound by JAXB the reader is already on the next event: the walk must not advance past it.
  private boolean onNext;

  /** The unmarshaller of the message, made only if a subtree needs it. */
  interface Jaxb {
    Unmarshaller get() throws JAXBException;
  }

  StaxGuides(ReadContext ctx, Jaxb jaxb) {
    this.ctx = ctx;
    this.jaxb = jaxb;
  }

  /** Reads the element at the reader's start tag as an instance of {@code shape}; leaves the reader after its end. */
  Object read(Shape shape) throws XMLStreamException, JAXBException {
    r = ctx.reader();
    onNext = false;
    try {
      Object root = shape.create();
      structure(root, shape);
      r.next();
      return root;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("generated class " + shape.type.getName() + " cannot be filled", e);
    }
  }

  private int next() throws XMLStreamException {
    if (onNext) {
      onNext = false;
      return r.getEventType();
    }
    return r.next();
  }

  /** The children of an element of {@code shape}, up to and including its end tag. Text in it is ignored. */
  private void structure(Object target, Shape shape) throws XMLStreamException, JAXBException,
      ReflectiveOperationException {
    while (true) {
      int type = next();
      if (type == XMLStreamConstants.END_ELEMENT) return;
      if (type != XMLStreamConstants.START_ELEMENT) continue;
      Shape.Property p = shape.child(r.getLocalName(), r.getNamespaceURI());
      if (p == null) {
        unknown();
        continue;
      }
      switch (p.kind) {
        case STRUCTURE -> {
          Object child = p.shape.create();
          structure(child, p.shape);
          p.assign(target, child);
        }
        case JAXB -> {
          Object value = jaxb.get().unmarshal(r, p.type).getValue();
          onNext = true;
          p.assign(target, value);
        }
        default -> leaf(target, p);
      }
    }
  }

  /**
   * The text of a simple-typed element, converted at its end tag. JAXB takes the text between tags, comments
   * left out; a child element inside is unknown, and the text before it (unless blank) is converted when it starts,
   * the text after it at the end.
   */
  private void leaf(Object target, Shape.Property p) throws XMLStreamException, ReflectiveOperationException {
    StringBuilder own = null; // the text, once the reader no longer keeps it (after a comment or a child)
    while (true) {
      int type = next();
      switch (type) {
        case XMLStreamConstants.END_ELEMENT -> {
          convert(target, p, own != null ? own.toString() : r.leafText());
          return;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (own != null) own.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
        case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
          if (own == null) own = new StringBuilder(r.textBeforeFirstChild());
        }
        case XMLStreamConstants.START_ELEMENT -> {
          CharSequence before = own != null ? own : r.textBeforeFirstChild();
          if (!blank(before)) convert(target, p, before.toString());
          unknown();
          own = new StringBuilder();
        }
        default -> { }
      }
    }
  }

  private void convert(Object target, Shape.Property p, String text) throws ReflectiveOperationException {
    Object value;
    switch (p.kind) {
      case STRING -> value = text;
      case COLLAPSED_STRING -> value = COLLAPSE.unmarshal(text);
      case DECIMAL -> {
        try {
          value = decimal(text);
        } catch (NumberFormatException e) {
          JaxbIssues.badValue(ctx, r.line(), r.column());
          return; // JAXB leaves the field as it was
        }
      }
      case INTEGER -> {
        try {
          value = DatatypeConverterImpl._parseInteger(text);
        } catch (NumberFormatException e) {
          JaxbIssues.badValue(ctx, r.line(), r.column());
          return;
        }
      }
      case CALENDAR -> {
        value = calendar(text);
        if (value == null) JaxbIssues.badValue(ctx, r.line(), r.column()); // and the field set to null, as JAXB does
      }
      default -> throw new IllegalStateException(p.kind + " is not a leaf");
    }
    p.assign(target, value);
  }

  /**
   * JAXB's xs:decimal: trimmed, an optional '+', then {@link BigDecimal}'s syntax; blank is no value. The form TISS
   * writes (digits, a point and digits, at most 18 in all, perhaps a minus) is built from its digits directly:
   * the same value and scale as {@code new BigDecimal(text)}, without its general parser.
   */
  private static BigDecimal decimal(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    long unscaled = 0;
    int digits = 0;
    int point = -1;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0 && digits > 0) {
        point = i;
      } else {
        return DatatypeConverterImpl._parseDecimal(text);
      }
    }
    if (digits == 0 || digits > 18 || point == n - 1) return DatatypeConverterImpl._parseDecimal(text);
    if (text.charAt(0) == '-') unscaled = -unscaled;
    return BigDecimal.valueOf(unscaled, point < 0 ? 0 : n - 1 - point);
  }

  /**
   * JAXB's XMLGregorianCalendar: the trimmed text through the datatype factory's lexical parser, null when it
   * refuses it. The two forms TISS writes (yyyy-mm-dd and hh:mm:ss) are built from their fields directly when they
   * are plainly valid, which gives the same calendar without the general parser.
   */
  private static XMLGregorianCalendar calendar(String text) {
    String t = text.trim();
    if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      int y = digits(t, 0, 4);
      int m = digits(t, 5, 7);
      int d = digits(t, 8, 10);
      if (y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) {
        return DATATYPES.newXMLGregorianCalendarDate(y, m, d, DatatypeConstants.FIELD_UNDEFINED);
      }
    } else if (t.length() == 8 && t.charAt(2) == ':' && t.charAt(5) == ':') {
      int h = digits(t, 0, 2);
      int m = digits(t, 3, 5);
      int s = digits(t, 6, 8);
      if (h >= 0 && h <= 23 && m >= 0 && m <= 59 && s >= 0 && s <= 59) {
        return DATATYPES.newXMLGregorianCalendarTime(h, m, s, DatatypeConstants.FIELD_UNDEFINED);
      }
    }
    try {
      return DATATYPES.newXMLGregorianCalendar(t);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The number written with ASCII digits in {@code s[from, to)}, or -1. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> Year.isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean blank(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    }
    return true;
  }

  /** An element the class has no place for: reported as JAXB reports it, then skipped with all it holds. */
  private void unknown() throws XMLStreamException {
    JaxbIssues.unknownElement(ctx, r.line(), r.column());
    int depth = r.depth();
    while (!(r.next() == XMLStreamConstants.END_ELEMENT && r.depth() == depth)) {
      // the subtree goes by; the observers still see it (hash, domain codes)
    }
  }
}
