package convenio.tiss.read;

import convenio.tiss.xml.ObservingReader;
import convenio.tiss.xml.XmlObserver;
import javax.xml.stream.XMLStreamConstants;

/**
 * Picks from the raw stream what the binding cannot give: the number of the guide being read (so that every problem
 * inside it names its guide) and the names 3.x messages carried but 4.x dropped (nomeBeneficiario in the
 * beneficiary, nomeContratado / nomeContratadoExecutante of the executing provider). Reading every release with the
 * 4.03.00 binding loses those names; capturing them here costs one string comparison per leaf.
 */
public final class LegacyNames implements XmlObserver {
  private final ReadContext ctx;

  LegacyNames(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void event(ObservingReader r, int type) {
    if (type != XMLStreamConstants.END_ELEMENT || !ctx.inGuide()) return;
    String text = r.leafText();
    if (text == null) return;
    String name = r.currentName();
    switch (name) {
      case "numeroGuiaPrestador" -> ctx.guideNumber(text.strip());
      case "nomeBeneficiario" -> ctx.legacyBeneficiaryName(text.strip());
      case "nomeContratadoExecutante" -> ctx.legacyExecutorName(text.strip());
      case "nomeContratado" -> {
        if ("contratadoExecutante".equals(r.parentName())) ctx.legacyExecutorName(text.strip());
      }
      default -> { }
    }
  }

  /** Elements captured here are not "unknown" in a 3.x message: the binding's complaint about them is dropped. */
  public static boolean captured(String element, String parent) {
    return element.equals("nomeBeneficiario") || element.equals("nomeContratadoExecutante")
        || (element.equals("nomeContratado") && "contratadoExecutante".equals(parent));
  }
}
