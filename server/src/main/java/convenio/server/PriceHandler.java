package convenio.server;

import static convenio.server.ServerTexts.M;

import convenio.api.ContractRegistry;
import convenio.api.Priced;
import convenio.model.Account;
import convenio.model.ReconciliationException;
import convenio.report.ResultJson;
import convenio.tiss.AccountYaml;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import convenio.tiss.TissException;
import convenio.tiss.TissProblem;
import convenio.tiss.TissReadResult;
import convenio.tiss.TissReader;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /price}: a TISS lote (XML) or an account (JSON) in; the demonstrativo de análise de conta (TISS XML) or
 * the priced account (JSON) out, by Accept; {@code ?explain=true} adds each item's trace to the JSON.
 */
final class PriceHandler {
  private final ContractRegistry registry;
  private final ServerOptions options;
  private final TissReader tiss = new TissReader();

  PriceHandler(ContractRegistry registry, ServerOptions options) {
    this.registry = registry;
    this.options = options;
  }

  /** A pricing permit, returned when closed. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  void handle(HttpExchange ex, Supplier<Permit> admission) throws IOException {
    if (!ex.getRequestMethod().equals("POST")) throw new ApiError(405, "method", M.get("method.use", "POST /price"));
    Map<String, String> query = Http.query(ex);
    boolean explain = "true".equals(query.get("explain"));
    boolean wantsXml = Accept.choose(ex.getRequestHeaders().get("Accept")) == Accept.Media.XML;
    if (wantsXml && explain) {
      throw new ApiError(406, "not-acceptable", M.get("explain.not.xml"));
    }
    byte[] body = Http.body(ex, options.maxBodyBytes());
    Account account = read(ex.getRequestHeaders().getFirst("Content-Type"), body);
    // The pricing permit is taken only now, with the whole body read: a client still sending, or stalled, holds none.
    try (Permit permit = admission.get()) {
      Priced priced;
      try {
        priced = registry.price(account);
      } catch (ReconciliationException e) {
        throw new ApiError(500, "reconciliation", M.get("reconciliation", e.getMessage()));
      }
      if (!priced.ok()) throw new ApiError(422, "no-contract", priced.error(), priced.guide(), null);
      ex.getResponseHeaders().set(ConvenioServer.CONTRACT_HEADER, priced.result().contractId() + " version "
          + priced.result().contractVersion());
      if (wantsXml) {
        Http.send(ex, 200, "application/xml; charset=iso-8859-1", demonstrativo(priced, query));
      } else {
        Http.send(ex, 200, "application/json; charset=utf-8",
            ResultJson.json(priced.result(), explain).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The account in a request body: a TISS lote (XML) or an account (JSON), by Content-Type. */
  Account read(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      try {
        return AccountYaml.readJson(new String(body, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new ApiError(400, "bad-account", e.getMessage());
      }
    }
    if (type.contains("xml")) {
      TissReadResult r;
      try {
        r = tiss.read(new ByteArrayInputStream(body));
      } catch (TissException e) {
        throw new ApiError(400, "bad-tiss", M.get("bad.tiss", e.getMessage()));
      }
      for (TissProblem p : r.problems()) {
        // A guide skipped or a value lost would price a different account than the one sent: refuse it.
        if (p.isError()) throw new ApiError(422, "tiss-" + p.kind().name().toLowerCase(Locale.ROOT), p.toString(),
            p.guide(), null);
      }
      return r.account();
    }
    throw new ApiError(415, "unsupported-media-type", M.get("unsupported.media"));
  }

  private byte[] demonstrativo(Priced priced, Map<String, String> query) {
    return demonstrativo(priced.result(), priced.contract().contract(), options, query);
  }

  /** The TISS demonstrativo of a result, the operator named by the request, else the service, else the contract. */
  static byte[] demonstrativo(convenio.model.PricingResult result, convenio.api.Contract k, ServerOptions options,
      Map<String, String> query) {
    String name = query.getOrDefault("operatorName",
        options.operatorName() != null ? options.operatorName() : k == null ? null : k.operatorName());
    String cnpj = query.getOrDefault("operatorCnpj",
        options.operatorCnpj() != null ? options.operatorCnpj() : k == null ? null : k.operatorCnpj());
    if (name == null || cnpj == null) {
      throw new ApiError(422, "operator-unknown", M.get("operator.unknown", result.contractId()));
    }
    cnpj = cnpj.replaceAll("[^0-9]", "");
    Account a = result.account();
    String lote = a.loteNumber() == null ? "1" : a.loteNumber();
    LocalDate today = LocalDate.now();
    DemonstrativoHeader header = new DemonstrativoHeader(a.operatorAns(), name, cnpj,
        query.getOrDefault("number", lote), today, null, query.getOrDefault("protocol", lote), today, null, null);
    try {
      return DemonstrativoWriter.write(result, header);
    } catch (IllegalArgumentException e) {
      throw new ApiError(422, "demonstrativo", M.get("demonstrativo.unwritable", e.getMessage()));
    }
  }
}
