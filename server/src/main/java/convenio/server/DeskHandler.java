package convenio.server;

import static convenio.server.ServerTexts.M;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import convenio.api.Contract;
import convenio.api.ContractRegistry;
import convenio.api.RegisteredContract;
import convenio.desk.Desk;
import convenio.desk.DeskException;
import convenio.desk.DeskJson;
import convenio.desk.Operation;
import convenio.history.HistoryException;
import convenio.model.Account;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.report.ResultJson;
import convenio.report.TraceText;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The auditor's desk over HTTP ({@code /accounts…}, docs/desk.md): the lotes kept on the desk, a lote's guides and
 * items, an item's trace (the text of {@code convenio explain}), the totals, the audit log, the demonstrativo with
 * the auditor's decisions, and {@code POST /accounts/{id}/operations}. Anything part of a priced account is in the
 * one result schema. Operations, re-pricing and new lotes take a pricing permit once their body is read.
 */
final class DeskHandler {
  private final String history;
  private final ContractRegistry registry;
  private final ServerOptions options;
  private final PriceHandler price;
  private Desk opened;

  /** {@code history}: the store the desk keeps its accounts in (as after {@code --history}); null: in memory. */
  DeskHandler(String history, ContractRegistry registry, ServerOptions options, PriceHandler price) {
    this.history = history;
    this.registry = registry;
    this.options = options;
    this.price = price;
  }

  /**
   * The desk, opened on first use: a history that cannot be reached makes the desk's requests answer 503 (and
   * they try again next time), not the service fail to start.
   */
  private synchronized Desk desk() {
    if (opened == null) opened = Desk.open(history, Desk.pricer(registry));
    return opened;
  }

  synchronized void close() {
    if (opened != null) opened.close();
    opened = null;
  }

  void handle(HttpExchange ex, Supplier<PriceHandler.Permit> admission) throws IOException {
    try {
      route(ex, admission);
    } catch (DeskException e) {
      throw new ApiError(e.status(), e.code(), e.getMessage(), e.guide(), e.item(), e.suggestions());
    } catch (HistoryException e) {
      throw new ApiError(503, "history-unavailable", e.getMessage());
    }
  }

  private void route(HttpExchange ex, Supplier<PriceHandler.Permit> admission) throws IOException {
    List<String> p = segments(ex);
    Desk desk = desk();
    String method = ex.getRequestMethod();
    if (method.equals("GET")) RequestDeadlines.working(); // no body to wait for
    Map<String, String> query = Http.query(ex);
    boolean explain = "true".equals(query.get("explain"));
    if (p.size() == 1) {
      if (method.equals("GET")) {
        Http.json(ex, 200, DeskJson.accounts(desk.accounts()));
        return;
      }
      if (method.equals("POST")) {
        byte[] body = Http.body(ex, options.maxBodyBytes());
        Account account = price.read(ex.getRequestHeaders().getFirst("Content-Type"), body);
        try (PriceHandler.Permit permit = admission.get()) {
          Desk.Added added = desk.add(account);
          if (added.created()) ex.getResponseHeaders().set("Location", "/accounts/" + added.view().idText());
          Http.json(ex, added.created() ? 201 : 200, DeskJson.summary(added.view()));
        }
        return;
      }
      throw new ApiError(405, "method", M.get("desk.method.accounts"));
    }
    long id = id(p.get(1));
    String what = p.size() > 2 ? p.get(2) : "";
    if (what.equals("operations")) {
      if (p.size() != 3) throw notFound(ex);
      if (!method.equals("POST")) {
        throw new ApiError(405, "method", M.get("method.use", "POST /accounts/" + id + "/operations"));
      }
      byte[] body = Http.body(ex, options.maxBodyBytes());
      JsonNode json;
      try {
        json = Http.JSON.readTree(body);
      } catch (IOException e) {
        throw new ApiError(400, "bad-operation", M.get("desk.operation.not.json", e.getMessage().split("\n")[0]));
      }
      if (json == null || !json.isObject()) {
        throw new ApiError(400, "bad-operation", M.get("desk.operation.not.object"));
      }
      Operation op = Operation.fromJson(json);
      String auditor = json.path("auditor").isTextual() ? json.get("auditor").asText() : null;
      String why = json.path("why").isTextual() ? json.get("why").asText() : null;
      try (PriceHandler.Permit permit = admission.get()) {
        Http.json(ex, 200, DeskJson.outcome(desk.apply(id, op, auditor, why)));
      }
      return;
    }
    if (what.equals("reprice")) {
      if (p.size() != 3) throw notFound(ex);
      if (!method.equals("POST")) {
        throw new ApiError(405, "method", M.get("method.use", "POST /accounts/" + id + "/reprice"));
      }
      Http.body(ex, options.maxBodyBytes());
      try (PriceHandler.Permit permit = admission.get()) {
        Http.json(ex, 200, DeskJson.reprice(desk.reprice(id)));
      }
      return;
    }
    if (!method.equals("GET")) {
      throw new ApiError(405, "method", M.get("method.use", "GET " + ex.getRequestURI().getPath()));
    }
    Desk.View v = desk.view(id);
    PricingResult r = v.result();
    switch (what) {
      case "" -> Http.send(ex, 200, "application/json; charset=utf-8",
          ResultJson.json(r, explain).getBytes(StandardCharsets.UTF_8));
      case "totals" -> Http.json(ex, 200, DeskJson.totals(r));
      case "log" -> Http.json(ex, 200, DeskJson.log(v));
      case "demonstrativo" -> Http.send(ex, 200, "application/xml; charset=iso-8859-1",
          PriceHandler.demonstrativo(r, contract(r), options, query));
      case "guides" -> {
        if (p.size() == 3) {
          Http.json(ex, 200, DeskJson.guides(r));
        } else if (p.size() == 4) {
          Http.json(ex, 200, DeskJson.guide(r, p.get(3), explain));
        } else if (p.size() == 7 && p.get(4).equals("items") && p.get(6).equals("trace")) {
          ItemResult item = item(r, p.get(3), p.get(5));
          Http.send(ex, 200, "text/plain; charset=utf-8", TraceText.render(item, "").getBytes(StandardCharsets.UTF_8));
        } else {
          throw notFound(ex);
        }
      }
      default -> throw notFound(ex);
    }
  }

  private static ItemResult item(PricingResult r, String guide, String seq) {
    if (!seq.matches("\\d{1,9}")) throw new ApiError(404, "no-item", M.get("desk.no.item", guide, seq), guide, null);
    int n = Integer.parseInt(seq);
    boolean found = false;
    for (var g : r.guides()) {
      if (!g.guide().number().equals(guide)) continue;
      found = true;
      for (ItemResult i : g.items()) if (i.item().seq() == n) return i;
    }
    if (!found) throw new ApiError(404, "no-guide", M.get("desk.no.guide", guide), guide, null);
    throw new ApiError(404, "no-item", M.get("desk.no.item", guide, n), guide, n);
  }

  /** The contract version that priced the result, for the demonstrativo's operator (null when it is gone). */
  private Contract contract(PricingResult r) {
    for (RegisteredContract rc : registry.contracts()) {
      Contract c = rc.contract();
      if (c.id().equals(r.contractId()) && String.valueOf(c.version()).equals(r.contractVersion())) return c;
    }
    return null;
  }

  private static long id(String s) {
    if (!s.matches("\\d{1,18}")) throw new ApiError(404, "no-account", M.get("desk.no.account", s));
    return Long.parseLong(s);
  }

  /** The path's segments after the context, decoded: {@code /accounts/1/guides/RI-1001} → accounts, 1, guides, RI-1001. */
  private static List<String> segments(HttpExchange ex) {
    List<String> out = new ArrayList<>();
    for (String s : ex.getRequestURI().getRawPath().split("/")) {
      if (!s.isEmpty()) out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static ApiError notFound(HttpExchange ex) {
    return new ApiError(404, "not-found", M.get("desk.not.found", ex.getRequestURI().getPath()));
  }
}
