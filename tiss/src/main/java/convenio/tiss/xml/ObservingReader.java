package convenio.tiss.xml;

import convenio.tiss.TissException;
import java.util.ArrayList;
import java.util.List;
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
  private final long maxTextChars;
  private final List<XmlObserver> observers = new ArrayList<>();
  private final List<Frame> frames = new ArrayList<>();
  private boolean popPending;
  private long textRun;
  private String leafText;
  private boolean ended;

  /** One open element: its name and, until it gets a child, its text (needed only if it turns out to be a leaf). */
  private static final class Frame {
    final String name;
    final String namespace;
    boolean hasChild;
    StringBuilder text;

    Frame(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }
  }

  public ObservingReader(XMLStreamReader reader, long maxTextChars) {
    super(reader);
    this.maxTextChars = maxTextChars;
  }

  public ObservingReader observe(XmlObserver observer) {
    observers.add(observer);
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
      frames.remove(frames.size() - 1);
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
        if (!frames.isEmpty()) {
          Frame parent = frames.get(frames.size() - 1);
          parent.hasChild = true;
          parent.text = null;
        }
        frames.add(new Frame(getLocalName(), getNamespaceURI()));
      }
      case END_ELEMENT -> {
        textRun = 0;
        Frame f = frames.get(frames.size() - 1);
        if (!f.hasChild) leafText = f.text == null ? "" : f.text.toString();
        popPending = true;
      }
      case CHARACTERS, CDATA, SPACE -> {
        int len = getTextLength();
        textRun += len;
        if (textRun > maxTextChars) {
          throw new TissException("text of " + (frames.isEmpty() ? "the document" : currentName())
              + " longer than " + maxTextChars + " characters (oversized values are refused)", line(), column(),
              null);
        }
        if (!frames.isEmpty()) {
          Frame f = frames.get(frames.size() - 1);
          if (!f.hasChild) {
            if (f.text == null) f.text = new StringBuilder(Math.min(len, 256));
            f.text.append(getTextCharacters(), getTextStart(), len);
          }
        }
      }
      case COMMENT, PROCESSING_INSTRUCTION -> {
        textRun = 0;
        if (!frames.isEmpty()) {
          Frame parent = frames.get(frames.size() - 1);
          parent.hasChild = true;
          parent.text = null;
        }
      }
      case DTD -> throw new TissException("DOCTYPE refused: TISS messages have no DTD (entities and external "
          + "references are not allowed)", line(), column(), null);
      case ENTITY_REFERENCE -> throw new TissException("entity reference &" + getLocalName()
          + "; refused: TISS messages have no DTD", line(), column(), null);
      default -> { }
    }
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
        throw new XMLStreamException("element text expected, found a child element", getLocation());
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
      throw new XMLStreamException("a start or end tag expected", getLocation());
    }
    return type;
  }

  /** Advances past the end of the element the reader is inside at {@code depth} (1 = the root). */
  public void skipToEndOf(int depth) throws XMLStreamException {
    while (hasNext()) {
      int type = getEventType();
      if (type == END_ELEMENT && frames.size() == depth) {
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

  /** The local name of the element being started or ended, or enclosing the current text. */
  public String currentName() {
    return frames.isEmpty() ? null : frames.get(frames.size() - 1).name;
  }

  public String currentNamespace() {
    return frames.isEmpty() ? null : frames.get(frames.size() - 1).namespace;
  }

  public String parentName() {
    return ancestor(1);
  }

  /** The name of the element {@code up} levels above the current one (1 = parent), or null. */
  public String ancestor(int up) {
    int i = frames.size() - 1 - up;
    return i < 0 ? null : frames.get(i).name;
  }

  /** Number of open elements, counting the current one (the root alone is 1). */
  public int depth() {
    return frames.size();
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
