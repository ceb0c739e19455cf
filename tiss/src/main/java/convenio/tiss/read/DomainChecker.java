package convenio.tiss.read;

import convenio.i18n.Messages;
import convenio.tiss.DomainTable;
import convenio.tiss.TissProblem;
import convenio.tiss.xml.ObservingReader;
import convenio.tiss.xml.XmlObserver;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * Warns, with its place, about every value of an element declared with a dm_* type that is not a code of that
 * table in the message's own release (a glosa code, grauPart, via de acesso, …). The value is still read as
 * written: the engine decides what an unknown code means; the reader only says where it is.
 */
final class DomainChecker implements XmlObserver {
  private static final Messages M = Messages.of(DomainChecker.class, "convenio.tiss.read.messages");
  private final ReadContext ctx;
  // The parser hands out element names as the same String instances (it interns them in its symbol table): looking
  // them up by identity first saves hashing and comparing a name on every leaf. Bounded, for hostile input.
  private final IdentityHashMap<String, Set<String>> byName = new IdentityHashMap<>();

  DomainChecker(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void event(ObservingReader r, int type) {
    if (type != XMLStreamConstants.END_ELEMENT) return;
    String text = r.leafText();
    String name = r.currentName();
    if (text == null || name.equals("Padrao")) return; // Padrao is judged once, against the known releases
    Set<String> types = byName.get(name);
    if (types == null) {
      types = ctx.domain().domainsOf(name);
      if (byName.size() < 4096) byName.put(name, types);
    }
    if (types.isEmpty()) return;
    String value = text.strip();
    String described = null;
    String inactive = null;
    for (String t : types) {
      Optional<DomainTable> table = ctx.domain().table(t);
      if (table.isEmpty()) return; // a dm type without enumeration (a pattern): nothing to check
      if (table.get().accepts(value)) return;
      described = described == null ? t : M.get("domain.or", described, t);
      if (inactive == null) inactive = table.get().get(value).map(e -> e.description()).orElse(null);
    }
    String message;
    if (value.isEmpty()) {
      message = M.get("domain.empty", name, described);
    } else if (inactive != null) {
      message = M.get("domain.inactive", name, value, described, inactive, ctx.domain().release());
    } else {
      message = M.get("domain.unknown", name, value, described, ctx.domain().release());
    }
    ctx.report(TissProblem.Severity.WARNING, TissProblem.Kind.UNKNOWN_CODE, message);
  }
}
