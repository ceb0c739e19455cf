package convenio.tiss;

import convenio.model.Guide;
import convenio.tiss.read.LoteParser;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The guides of a lote as an iterator, read one at a time as it advances. {@link #summary()} (problems, hash)
 * is available once {@link #hasNext()} returned false. Does not close the underlying stream.
 */
public final class GuideStream implements Iterator<Guide>, AutoCloseable {
  private final LoteParser parser;
  private Guide next;
  private boolean done;

  GuideStream(LoteParser parser) {
    this.parser = parser;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = parser.next();
      if (next == null) done = true;
    }
    return next != null;
  }

  @Override
  public Guide next() {
    if (!hasNext()) throw new NoSuchElementException();
    Guide g = next;
    next = null;
    return g;
  }

  /** The lote's header, known once the first guide was reached. */
  public LoteHeader header() {
    return parser.header();
  }

  public LoteSummary summary() {
    if (!done) throw new IllegalStateException("read the guides to the end first");
    return parser.summary();
  }

  @Override
  public void close() {
    parser.close();
  }
}
