package convenio.tests;

import static convenio.tests.CaseTests.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.api.TraceMode;
import convenio.cases.AccountReader;
import convenio.cases.AccountRef;
import convenio.cases.CaseFileLoader;
import convenio.cases.CaseFinder;
import convenio.cases.TestCase;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over every analyst's case of contracts/ and of the standard library: the trace an item's result derives when read
 * (the default) is the trace a pricing that kept it recorded, event for event, and the results are otherwise equal.
 */
class TraceOnDemandCasesTest {
  @Test
  void everyItemOfEveryCaseExplainsItselfTheSameWayWithTheTraceKeptOrDerived() throws Exception {
    AccountReader accounts = AccountReader.ofFiles();
    Map<Path, Compilation> compiled = new HashMap<>();
    int items = 0, events = 0;
    List<Path> dirs = List.of(ROOT.resolve("contracts"), ROOT.resolve("stdlib/src"));
    for (Path f : CaseFinder.find(dirs, new ArrayList<>())) {
      for (TestCase c : new CaseFileLoader().load(f).cases()) {
        if (c.skip() != null) continue;
        Compilation comp = compiled.computeIfAbsent(c.contract(), Convenio::compile);
        if (!comp.ok()) continue; // a case about a contract that does not compile has nothing priced
        AccountReader.Read read = c.account() instanceof AccountRef.FromFile file ? accounts.read(file.path())
            : accounts.readInline(((AccountRef.Inline) c.account()).yaml(), c.file(), c.account().line());
        if (read.account() == null) continue;
        PricingResult kept = comp.contract().price(read.account(), TraceMode.KEPT);
        PricingResult derived = comp.contract().price(read.account());
        for (int g = 0; g < kept.guides().size(); g++) {
          List<ItemResult> keptItems = kept.guides().get(g).items();
          for (int i = 0; i < keptItems.size(); i++) {
            List<TraceEvent> recorded = keptItems.get(i).trace();
            List<TraceEvent> again = derived.guides().get(g).items().get(i).trace();
            assertEquals(recorded.toString(), again.toString(), c.where() + ", guide " + g + ", item " + i);
            items++;
            events += recorded.size();
          }
        }
        assertEquals(kept, derived, c.where());
      }
    }
    assertTrue(items > 100 && events > items, items + " items, " + events + " events: too few to compare");
  }
}
