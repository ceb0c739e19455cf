package convenio.tiss;

import convenio.model.Account;
import convenio.model.Guide;
import convenio.tiss.read.LoteParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads TISS lotes de guias (prestadorParaOperadora/loteGuias) of releases 3.05.00 to 4.03.00 into the model.
 *
 * <p>Three ways in, all one streaming pass: {@link #read(InputStream)} returns the whole {@link Account};
 * {@link #read(InputStream, LoteListener)} hands guides to a callback; {@link #open(InputStream)} is an iterator.
 * The last two never hold more than one guide, so a lote of 100,000 guides reads in constant memory.
 *
 * <p>Problems that still let the lote be read (schema errors when validating, unknown elements and codes, bad
 * values, skipped guides, a hash mismatch) come back as {@link TissProblem}s with line and column; a message that
 * cannot be read at all (not well-formed, hostile, not a lote) throws {@link TissException}. Thread-safe: each call
 * reads independently.
 */
public final class TissReader {
  private final ReadOptions options;

  public TissReader() {
    this(ReadOptions.DEFAULTS);
  }

  public TissReader(ReadOptions options) {
    this.options = options;
  }

  public ReadOptions options() {
    return options;
  }

  /** Reads the whole lote into an Account. */
  public TissReadResult read(InputStream in) {
    List<Guide> guides = new ArrayList<>();
    LoteSummary s = read(in, guides::add);
    LoteHeader h = s.header();
    Account account = new Account(h.loteNumber(), h.padrao(), h.operatorAns(), h.provider(), h.sentOn(), guides);
    return new TissReadResult(account, s);
  }

  public TissReadResult read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
  }

  /** Streams the lote to a listener, guide by guide. */
  public LoteSummary read(InputStream in, LoteListener listener) {
    try (LoteParser parser = new LoteParser(in, options, listener::problem, listener::header)) {
      Guide g;
      while ((g = parser.next()) != null) listener.guide(g);
      return parser.summary();
    }
  }

  public LoteSummary read(Path file, LoteListener listener) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, listener);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
  }

  /** An iterator over the guides of a lote; close it (or exhaust it) to release the parser. */
  public GuideStream open(InputStream in) {
    return new GuideStream(new LoteParser(in, options, null, null));
  }
}
