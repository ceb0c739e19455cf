package convenio.api;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.model.Account;
import convenio.model.GuideType;
import convenio.model.ItemKind;
import convenio.model.PricingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled contract, many threads: every thread gets the same result (the contract keeps no pricing state). */
class ConcurrentPricingTest {
  @Test
  void manyThreadsPriceIdentically() throws Exception {
    Contract c = contract("""
        import std.tiss.glosas
        import std.ans.vias
        price procedures = presented at most R$ 800,00
        price daily_rates = R$ 480,00
        routes vias_ans ordered by value desc
        limit procedure "40304361" to 1 per day else glosa 1423
        """);
    Account account = account(
        guide("G1").add(procedure("30101010", 2, "1.000,00"), procedure("40304361", 3, "10,00"),
            item(ItemKind.DAILY_RATE, "60000775", 2, "500,00")).build(),
        guide("G2").type(GuideType.RESUMO_INTERNACAO).add(procedure("40304361", 2, "10,00")).build());
    PricingResult expected = c.price(account);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<PricingResult>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) futures.add(pool.submit(() -> c.price(account)));
      for (Future<PricingResult> f : futures) assertEquals(expected, f.get());
    } finally {
      pool.shutdown();
    }
    // and the result is the one worked out by hand: 800 + 400 (route 50%) for the two units of 30101010
    assertEquals(brl("1.200,00"), expected.guides().get(0).items().get(0).allowed());
  }
}
