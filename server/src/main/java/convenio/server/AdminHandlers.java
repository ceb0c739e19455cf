package convenio.server;

import static convenio.server.ServerTexts.M;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import convenio.api.Contract;
import convenio.api.ContractRegistry;
import convenio.api.RegisteredContract;
import convenio.api.RegistrySnapshot;
import convenio.api.ReloadReport;
import convenio.diagnostics.Diagnostic;
import java.io.IOException;

/** {@code GET /contracts}, {@code GET /health} and {@code POST /reload}: what is serving, and a reload on demand. */
final class AdminHandlers {
  private final ContractRegistry registry;

  AdminHandlers(ContractRegistry registry) {
    this.registry = registry;
  }

  void contracts(HttpExchange ex) throws IOException {
    if (!ex.getRequestMethod().equals("GET")) throw new ApiError(405, "method", M.get("method.use", "GET /contracts"));
    RegistrySnapshot s = registry.snapshot();
    ObjectNode o = Http.JSON.createObjectNode();
    o.put("generation", s.generation());
    ArrayNode list = o.putArray("contracts");
    for (RegisteredContract rc : s.contracts()) {
      Contract c = rc.contract();
      ObjectNode n = list.addObject();
      n.put("id", c.id());
      n.put("version", c.version());
      n.put("name", c.name());
      n.put("operatorAns", c.operatorAns());
      n.put("providerKind", c.providerKind());
      n.put("providerId", c.providerId());
      n.put("effectiveFrom", String.valueOf(c.effectiveFrom()));
      n.put("effectiveTo", c.effectiveTo() == null ? null : c.effectiveTo().toString());
      n.put("hash", c.sourceHash());
      n.put("file", rc.file().getFileName().toString());
      n.put("kind", rc.kind().name().toLowerCase());
      n.put("fileHash", rc.fileHash());
    }
    ReloadReport last = registry.lastReload();
    if (last != null) o.set("lastReload", report(last));
    Http.json(ex, 200, o);
  }

  void health(HttpExchange ex) throws IOException {
    RegistrySnapshot s = registry.snapshot();
    ObjectNode o = Http.JSON.createObjectNode();
    o.put("status", "ok");
    o.put("generation", s.generation());
    o.put("contracts", s.contracts().size());
    Http.json(ex, 200, o);
  }

  /** 200 when every file loaded; 422 when some were rejected (what was serving before still serves). */
  void reload(HttpExchange ex) throws IOException {
    if (!ex.getRequestMethod().equals("POST")) throw new ApiError(405, "method", M.get("method.use", "POST /reload"));
    ReloadReport r = registry.reload();
    Http.json(ex, r.ok() ? 200 : 422, report(r));
  }

  static ObjectNode report(ReloadReport r) {
    ObjectNode o = Http.JSON.createObjectNode();
    o.put("generation", r.generation());
    o.put("ok", r.ok());
    ArrayNode loaded = o.putArray("loaded");
    r.loaded().forEach(loaded::add);
    ArrayNode unloaded = o.putArray("unloaded");
    r.unloaded().forEach(unloaded::add);
    ArrayNode problems = o.putArray("problems");
    for (Diagnostic d : r.problems()) {
      ObjectNode p = problems.addObject();
      p.put("severity", d.severity().label());
      p.put("file", d.file());
      if (d.line() > 0) p.put("line", d.line());
      p.put("message", d.message());
      if (d.hint() != null) p.put("hint", d.hint());
    }
    return o;
  }
}
