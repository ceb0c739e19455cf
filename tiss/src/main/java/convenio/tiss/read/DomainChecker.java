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
  private final IdentityHashMap<String, Check> byName = new IdentityHashMap<>();

  /** The dm_* types of an element and their tables, found once per element name. */
  private record Check(String[] types, DomainTable[] tables) {}

  private static final Check NOTHING = new Check(new String[0], new DomainTable[0]);

  DomainChecker(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void event(ObservingReader r, int type) {
    if (type != XMLStreamConstants.END_ELEMENT) return;
    String text = r.leafText();
    String name = r.currentName();
    if (text == null || name.equals("Padrao")) return; // Padrao is judged once, against the known releases
    Check check = byName.get(name);
    if (check == null) {
      check = checkOf(name);
      if (byName.size() < 4096) byName.put(name, check);
    }
    if (check.tables.length == 0) return;
    String value = text.strip();
    String described = null;
    String inactive = null;
    for (int i = 0; i < check.tables.length; i++) {
      DomainTable table = check.tables[i];
      if (table.accepts(value)) return;
      described = described == null ? check.types[i] : M.get("domain.or", described, check.types[i]);
      if (inactive == null) inactive = table.get(value).map(e -> e.description()).orElse(null);
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

  /**
   * The tables the values of an element are checked against, in the order of its dm_* types; none when it has no
   * dm_* type or one of them has no enumeration (a pattern), which accepts what the schema's pattern accepts.
   */
  private Check checkOf(String name) {
    String[] types = ctx.domain().domainsOf(name).toArray(new String[0]);
    DomainTable[] tables = new DomainTable[types.length];
    for (int i = 0; i < types.length; i++) {
      Optional<DomainTable> table = ctx.domain().table(types[i]);
      if (table.isEmpty()) return NOTHING;
      tables[i] = table.get();
    }
    return new Check(types, tables);
  }
}
