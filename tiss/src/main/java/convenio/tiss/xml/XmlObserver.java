package convenio.tiss.xml;

import javax.xml.stream.XMLStreamException;

/**
 * Sees every event of a message exactly once, in document order, whoever advances the reader (our loop or JAXB
 * unmarshalling a guide). This is how one pass computes the hash, validates, checks domain codes and captures
 * 3.x names while guides are being bound.
 */
public interface XmlObserver {
  /** Called after the reader moved to an event of {@code type}; the reader is positioned on it. */
  void event(ObservingReader reader, int type) throws XMLStreamException;

  /** Called once when the document ended. */
  default void end(ObservingReader reader) throws XMLStreamException {}
}
