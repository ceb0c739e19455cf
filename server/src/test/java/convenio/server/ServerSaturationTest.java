package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.api.ContractRegistry;
import convenio.model.Account;
import convenio.model.PricingResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounded work and clean shutdown, with a contract that holds a request in the middle of pricing. */
class ServerSaturationTest {
  static final CountDownLatch entered = new CountDownLatch(1), release = new CountDownLatch(1);

  /** Prices nothing, but only when the test lets it. */
  static final class HeldContract implements Contract {
    @Override public String id() { return "held"; }
    @Override public String name() { return "held"; }
    @Override public String version() { return "1"; }
    @Override public String operatorAns() { return "123456"; }
    @Override public String providerKind() { return "code"; }
    @Override public String providerId() { return "P1"; }
    @Override public LocalDate effectiveFrom() { return LocalDate.of(2025, 1, 1); }
    @Override public LocalDate effectiveTo() { return null; }
    @Override public String sourceHash() { return "0".repeat(64); }

    @Override
    public PricingResult price(Account account) {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new PricingResult(account, id(), version(), sourceHash(), List.of());
    }
  }

  @TempDir Path dir;
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void saturatedAnswers503AtOnceAndClosingLetsRunningRequestsFinish() throws Exception {
    Files.writeString(dir.resolve("held.cvc"), "stand-in");
    ContractRegistry registry = ContractRegistry.open(dir, f -> new Compilation(List.of(), new HeldContract(), Map.of()));
    ConvenioServer server = ConvenioServer.start(registry,
        ServerOptions.defaults().withPort(0).withLimits(1024 * 1024, 1));
    String base = "http://127.0.0.1:" + server.port();
    HttpRequest price = HttpRequest.newBuilder(URI.create(base + "/price")).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"operatorAns": "123456", "provider": {"codeAtOperator": "P1"},
             "guides": [{"number": "G-1", "type": "CONSULTA", "startDate": "2026-03-02", "items": []}]}
            """)).build();

    CompletableFuture<HttpResponse<String>> held = client.sendAsync(price, HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(10, TimeUnit.SECONDS), "the first request is being priced");

    HttpResponse<String> busy = client.send(price, HttpResponse.BodyHandlers.ofString());
    assertEquals(503, busy.statusCode());
    assertTrue(busy.body().contains("\"error\" : \"busy\""), busy.body());
    assertEquals("1", busy.headers().firstValue("Retry-After").orElse(""));
    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode(), "health answers while pricing is saturated");
    HttpResponse<String> reload = client.send(HttpRequest.newBuilder(URI.create(base + "/reload"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, reload.statusCode(), "a reload is not refused because pricing is saturated: " + reload.body());

    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    Thread.sleep(200);
    assertTrue(!closing.isDone(), "close waits for the request being priced");
    release.countDown();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode(), "the running request finished");
    closing.get(15, TimeUnit.SECONDS);
    assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(URI.create(base + "/health"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
  }
}
