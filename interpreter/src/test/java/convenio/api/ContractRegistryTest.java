package convenio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.diagnostics.Diagnostic;
import convenio.model.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a contract version per account, and reloading, with stand-in contracts (see {@link FakeContracts}). */
class ContractRegistryTest {
  static final String CNPJ = "12345678000190";
  static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 10), MARCH_2026 = LocalDate.of(2026, 3, 10);

  @TempDir Path dir;

  @AfterEach
  void openGate() {
    FakeContracts.gate = null;
  }

  ContractRegistry open() {
    return ContractRegistry.open(dir, FakeContracts::load);
  }

  static Money paid(Priced p) {
    assertTrue(p.ok(), p.error());
    return p.result().totals().paid();
  }

  @Test
  void picksTheVersionWhoseVigenciaCoversTheAccount() throws Exception {
    FakeContracts.write(dir, "a-2025.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    FakeContracts.write(dir, "a-2026.cvc", "a", "4", "2026-01-01", "", "90");
    Files.writeString(dir.resolve("shared.convenio"), "module shared");
    ContractRegistry r = open();
    assertTrue(r.lastReload().ok(), r.lastReload().problems().toString());
    assertEquals(2, r.contracts().size(), "the module file is skipped");

    Priced p2025 = r.price(FakeContracts.account("12.345.678/0001-90", MARCH_2025));
    assertEquals(Money.parse("R$ 80,00"), paid(p2025), "CNPJ compared by digits");
    assertEquals("3", p2025.result().contractVersion());
    assertEquals("a", p2025.result().contractId());
    assertEquals("a@3@80", p2025.result().artifactHash(), "every result names the exact contract that priced it");
    assertEquals(Money.parse("R$ 90,00"), paid(r.price(FakeContracts.account(CNPJ, MARCH_2026))));
  }

  @Test
  void anAccountNoContractCoversIsAnErrorNamingBothSides() throws Exception {
    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    ContractRegistry r = open();
    Priced late = r.price(FakeContracts.account(CNPJ, LocalDate.of(2026, 1, 1)));
    assertFalse(late.ok());
    assertTrue(late.error().contains("guide G1 executed on 2026-01-01"), late.error());
    assertEquals("G1", late.guide());
    assertTrue(late.error().contains("a version 3 (2025-01-01 .. 2025-12-31) from " + dir.resolve("a.cvc")),
        late.error());

    Priced stranger = r.price(FakeContracts.account("99.999.999/0001-99", MARCH_2025));
    assertTrue(stranger.error().contains("provider CNPJ 99.999.999/0001-99"), stranger.error());
    assertTrue(stranger.error().contains("for that operator only operator ANS 999999 and provider CNPJ "
        + "12345678000190"), stranger.error());
  }

  @Test
  void guidesUnderTwoVersionsAreNotPricedByEither() throws Exception {
    FakeContracts.write(dir, "a-2025.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    FakeContracts.write(dir, "a-2026.cvc", "a", "4", "2026-01-01", "", "90");
    Priced p = open().price(FakeContracts.account(CNPJ, MARCH_2025, MARCH_2026));
    assertFalse(p.ok());
    assertTrue(p.error().contains("2 contract versions"), p.error());
    assertTrue(p.error().contains("for guide(s) G1") && p.error().contains("for guide(s) G2"), p.error());
  }

  @Test
  void overlappingVersionsLoadedTogetherAreBothRefused() throws Exception {
    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    FakeContracts.write(dir, "b.cvc", "b", "1", "2025-06-01", "", "70");
    ContractRegistry r = open();
    assertFalse(r.lastReload().ok());
    Diagnostic d = r.lastReload().problems().get(0);
    assertTrue(d.message().contains("b version 1 (2025-06-01 .. ) from " + dir.resolve("b.cvc") + " overlaps a "
        + "version 3 (2025-01-01 .. 2025-12-31) from " + dir.resolve("a.cvc")), d.message());
    assertEquals(dir.resolve("a.cvc").toString(), d.related().file());
    assertTrue(r.contracts().isEmpty(), "never a silent pick");
    assertFalse(r.price(FakeContracts.account(CNPJ, MARCH_2025)).ok());
  }

  @Test
  void aBadOrOverlappingNewFileIsRejectedAndTheOldVersionKeepsServing() throws Exception {
    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    ContractRegistry r = open();
    RegisteredContract serving = r.contracts().get(0);

    Files.writeString(dir.resolve("a.cvc"), "error: broken");
    ReloadReport broken = r.reload();
    assertFalse(broken.ok());
    assertTrue(broken.problems().get(0).message().contains("broken"));
    assertSame(serving, r.contracts().get(0));
    assertFalse(broken.changed());

    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    FakeContracts.write(dir, "z.cvc", "z", "1", "2025-12-01", "", "10");
    ReloadReport overlap = r.reload();
    assertFalse(overlap.ok());
    assertEquals(1, r.contracts().size());
    assertEquals(Money.parse("R$ 80,00"), paid(r.price(FakeContracts.account(CNPJ, MARCH_2025))));

    Files.delete(dir.resolve("z.cvc"));
    FakeContracts.write(dir, "a.cvc", "a", "4", "2025-01-01", "", "95");
    ReloadReport replaced = r.reload();
    assertTrue(replaced.ok(), replaced.problems().toString());
    assertEquals(1, replaced.loaded().size());
    assertEquals(1, replaced.unloaded().size());
    assertEquals(Money.parse("R$ 95,00"), paid(r.price(FakeContracts.account(CNPJ, MARCH_2025))));
  }

  @Test
  void aSourceAndTheArtifactCompiledFromItAreOneContract() throws Exception {
    FakeContracts.write(dir, "a.convenio", "a", "3", "2025-01-01", "2025-12-31", "80");
    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    ContractRegistry r = open();
    assertTrue(r.lastReload().ok(), r.lastReload().problems().toString());
    assertEquals(1, r.contracts().size());
    assertEquals(RegisteredContract.Kind.ARTIFACT, r.contracts().get(0).kind(), "the artifact is the one served");
  }

  @Test
  void anUnchangedFolderKeepsTheSameGeneration() throws Exception {
    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "2025-12-31", "80");
    ContractRegistry r = open();
    RegistrySnapshot first = r.snapshot();
    r.reload();
    assertSame(first, r.snapshot());
  }

  @Test
  void anAccountBeingPricedFinishesOnTheVersionItStartedWith() throws Exception {
    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "", "80");
    ContractRegistry r = open();
    FakeContracts.gate = new CountDownLatch(1);
    FakeContracts.entered = new CountDownLatch(1);
    CompletableFuture<Priced> inFlight = CompletableFuture.supplyAsync(
        () -> r.price(FakeContracts.account(CNPJ, MARCH_2025)));
    assertTrue(FakeContracts.entered.await(5, TimeUnit.SECONDS));
    FakeContracts.write(dir, "a.cvc", "a", "4", "2025-01-01", "", "50");
    assertTrue(r.reload().changed());
    FakeContracts.gate.countDown();
    FakeContracts.gate = null;
    Priced started = inFlight.get(5, TimeUnit.SECONDS);
    assertEquals("3", started.result().contractVersion());
    assertEquals(Money.parse("R$ 80,00"), paid(started));
    assertEquals("4", r.price(FakeContracts.account(CNPJ, MARCH_2025)).result().contractVersion());
  }

  @Test
  void theWatchReloadsWhenAFileChanges() throws Exception {
    FakeContracts.write(dir, "a.cvc", "a", "3", "2025-01-01", "", "80");
    try (ContractRegistry r = open()) {
      CountDownLatch reloaded = new CountDownLatch(1);
      r.watch(Duration.ofMillis(100), report -> {
        if (report.changed()) reloaded.countDown();
      });
      FakeContracts.write(dir, "b.cvc", "b", "1", "2025-01-01", "", "70");
      Files.writeString(dir.resolve("b.cvc"), Files.readString(dir.resolve("b.cvc")).replace("999999", "888888"));
      assertTrue(reloaded.await(10, TimeUnit.SECONDS), "the watch reloaded");
      assertEquals(2, r.contracts().size());
    }
    assertNull(findWatchThread(), "closing ends the watch thread");
  }

  private static Thread findWatchThread() throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      Thread found = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("convenio-registry-watch") && t.isAlive()).findAny().orElse(null);
      if (found == null) return null;
      Thread.sleep(100);
    }
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("convenio-registry-watch") && t.isAlive()).findAny().orElse(null);
  }
}
