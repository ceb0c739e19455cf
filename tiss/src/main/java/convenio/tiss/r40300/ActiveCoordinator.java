package convenio.tiss.r40300;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;

/**
 * Keeps a coordinator registered with the Glassfish JAXB runtime while a guide is unmarshalled. The runtime makes
 * its unmarshalling context the thread's active coordinator around every element start, text and end, and restores
 * the previous one afterwards; with none before, "restoring" removes the thread-local entry, and the next element
 * inserts it again, which cost about a tenth of reading a lote (profiled: {@code ThreadLocalMap.set} and
 * {@code cleanSomeSlots} under {@code Coordinator.pushCoordinator}). With this one in place for the whole guide,
 * each element only swaps the entry's value. It takes no part in unmarshalling: the runtime's own context is
 * active whenever the runtime runs.
 */
final class ActiveCoordinator extends Coordinator {
  /** Makes this the thread's active coordinator (until {@link #exit()}); not reentrant. */
  void enter() {
    pushCoordinator();
  }

  /** Puts back whatever was active before {@link #enter()}. */
  void exit() {
    popCoordinator();
  }

  @Override
  protected ValidationEventLocator getLocation() {
    return null;
  }

  @Override
  public boolean handleEvent(ValidationEvent event) {
    return true; // never the active one while the runtime reports events; nothing to decide here
  }
}
