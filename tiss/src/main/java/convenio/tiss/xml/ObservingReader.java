package convenio.tiss.xml;

import convenio.i18n.Messages;
import convenio.tiss.TissException;
import java.util.Arrays;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The reader every consumer of a message goes through. It refuses DTDs and entity references, limits each text
 * node to {@code maxTextChars} (the parser delivers text in chunks, so a 50 MB node is refused after its first
 * megabyte, without buffering it), keeps the path of element names and the text of the current leaf, and hands
 * every event to the observers.
 */
public final class ObservingReader extends StreamReaderDelegate {
  private static final Messages M = Messages.of(ObservingReader.class, "convenio.tiss.xml.messages");
  private final long maxTextChars;
  private XmlObserver[] observers = new XmlObserver[0];
  // The open elements, innermost last: name, namespace, and whether a child (or comment) came yet. Arrays rather
  // than an object per element: this runs for every element of every message read.
  private String[] names = new String[32];
  private String[] namespaces = new String[32];
  private boolean[] hasChild = new boolean[32];
  private int depth;
  // The text of the innermost open element while it has no child: only that element can still turn out a leaf
  // (an element's own text stops counting at its first child, and a child's text starts afresh).
  private StringBuilder text = new StringBuilder(256);
  // The text an element had when its first child (element, comment, processing instruction) came: a binding that
  // reads a value split by a comment, or text beside an unexpected child, reads it here. The two buffers swap
  // rather than copy: once an element has a child, its own text is no longer kept.
  private StringBuilder beforeFirstChild = new StringBuilder(256);
  private boolean popPending;
  private long textRun;
  private String leafText;
  private boolean ended;

  public ObservingReader(XMLStreamReader reader, long maxTextChars) {
    super(reader);
    this.maxTextChars = maxTextChars;
  }

  public ObservingReader observe(XmlObserver observer) {
    observers = Arrays.copyOf(observers, observers.length + 1);
    observers[observers.length - 1] = observer;
    return this;
  }

  /** Announces the start of the document to the observers; call once, after adding them. */
  public ObservingReader start() throws XMLStreamException {
    dispatch(getEventType());
    return this;
  }

  @Override
  public int next() throws XMLStreamException {
    if (popPending) {
      names[--depth] = null;
      namespaces[depth] = null;
      popPending = false;
    }
    int type;
    try {
      type = super.next();
    } catch (XMLStreamException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Errors.fatal(e);
    }
    track(type);
    dispatch(type);
    if (type == END_DOCUMENT && !ended) {
      ended = true;
      for (XmlObserver o : observers) o.end(this);
    }
    return type;
  }

  private void track(int type) {
    leafText = null;
    switch (type) {
      case START_ELEMENT -> {
        textRun = 0;
        if (depth > 0) firstChild();
        if (depth == names.length) {
          names = Arrays.copyOf(names, depth * 2);
          namespaces = Arrays.copyOf(namespaces, depth * 2);
          hasChild = Arrays.copyOf(hasChild, depth * 2);
        }
        names[depth] = getLocalName();
        namespaces[depth] = getNamespaceURI();
        hasChild[depth] = false;
        depth++;
        text.setLength(0);
      }
      case END_ELEMENT -> {
        textRun = 0;
        if (!hasChild[depth - 1]) leafText = text.length() == 0 ? "" : text.toString();
        popPending = true;
      }
      case CHARACTERS, CDATA, SPACE -> {
        int len = getTextLength();
        textRun += len;
        if (textRun > maxTextChars) {
          throw new TissException(depth == 0 ? M.get("text.long.document", maxTextChars)
              : M.get("text.long", currentName(), maxTextChars), line(), column(), null);
        }
        if (depth > 0 && !hasChild[depth - 1]) text.append(getTextCharacters(), getTextStart(), len);
      }
      case COMMENT, PROCESSING_INSTRUCTION -> {
        textRun = 0;
        if (depth > 0) firstChild();
      }
      case DTD -> throw new TissException(M.get("doctype"), line(), column(), null);
      case ENTITY_REFERENCE -> throw new TissException(M.get("entity.reference", getLocalName()), line(), column(),
          null);
      default -> { }
    }
  }

  /** The innermost open element gets a child; if it is the first, its text so far is kept aside. */
  private void firstChild() {
    if (hasChild[depth - 1]) return;
    hasChild[depth - 1] = true;
    StringBuilder t = beforeFirstChild;
    beforeFirstChild = text;
    text = t;
    text.setLength(0);
  }

  private void dispatch(int type) throws XMLStreamException {
    for (XmlObserver o : observers) o.event(this, type);
  }

  /** Text-only elements: read through {@link #next()} so the observers see the text too. */
  @Override
  public String getElementText() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int type;
    while ((type = next()) != END_ELEMENT) {
      if (type == CHARACTERS || type == CDATA || type == SPACE) {
        sb.append(getTextCharacters(), getTextStart(), getTextLength());
      } else if (type == START_ELEMENT || type == END_DOCUMENT) {
        throw new XMLStreamException(M.get("text.expected"), getLocation());
      }
    }
    return sb.toString();
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int type = next();
    while ((type == CHARACTERS && isWhiteSpace()) || type == SPACE || type == COMMENT
        || type == PROCESSING_INSTRUCTION) {
      type = next();
    }
    if (type != START_ELEMENT && type != END_ELEMENT) {
      throw new XMLStreamException(M.get("tag.expected"), getLocation());
    }
    return type;
  }

  /** Advances past the end of the element the reader is inside at {@code depth} (1 = the root). */
  public void skipToEndOf(int depth) throws XMLStreamException {
    while (hasNext()) {
      int type = getEventType();
      if (type == END_ELEMENT && this.depth == depth) {
        next();
        return;
      }
      next();
    }
  }

  /** The text of the element that just ended, if it had no child (a leaf in the TISS hash sense); else null. */
  public String leafText() {
    return leafText;
  }

  /**
   * The text the parent of the element just started (or the element enclosing the comment or processing instruction
   * just read) had before it, if that is its first child. Valid until the next event.
   */
  public CharSequence textBeforeFirstChild() {
    return beforeFirstChild;
  }

  /** The local name of the element being started or ended, or enclosing the current text. */
  public String currentName() {
    return depth == 0 ? null : names[depth - 1];
  }

  public String currentNamespace() {
    return depth == 0 ? null : namespaces[depth - 1];
  }

  public String parentName() {
    return ancestor(1);
  }

  /** The name of the element {@code up} levels above the current one (1 = parent), or null. */
  public String ancestor(int up) {
    int i = depth - 1 - up;
    return i < 0 ? null : names[i];
  }

  /** Number of open elements, counting the current one (the root alone is 1). */
  public int depth() {
    return depth;
  }

  public int line() {
    Location l = getLocation();
    return l == null ? 0 : l.getLineNumber();
  }

  public int column() {
    Location l = getLocation();
    return l == null ? 0 : l.getColumnNumber();
  }
}
