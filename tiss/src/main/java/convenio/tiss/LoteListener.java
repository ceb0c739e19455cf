package convenio.tiss;

import convenio.model.Guide;

/** Receives a lote guide by guide, so that a lote of any size is read in constant memory. */
public interface LoteListener {
  /** Called once, before the first guide. */
  default void header(LoteHeader header) {}

  /** Called for every guide read, in document order. */
  void guide(Guide guide);

  /** Called for every problem, as found (each place once). */
  default void problem(TissProblem problem) {}
}
