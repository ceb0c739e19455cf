package convenio.spark;

import static convenio.spark.SparkTexts.M;

import convenio.api.ContractRegistry;
import convenio.api.Priced;
import convenio.api.RegistrySnapshot;
import convenio.model.Account;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.PriceSource;
import convenio.model.PricingResult;
import convenio.model.Provider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One account, in one task: rebuilt from its rows, priced by the registry (which chooses the contract version by
 * operator, provider and date, as in the JVM), and written as rows of the priced table.
 */
final class AccountPricing implements Serializable {
  private static final long serialVersionUID = 1L;

  private AccountPricing() {}

  /** The outcome for one account: the account (null when its rows could not be read) and the registry's answer. */
  record Outcome(String accountId, Account account, Priced priced, String error) {
    boolean ok() {
      return priced != null && priced.ok();
    }

    String why() {
      return error != null ? error : priced.error();
    }
  }

  static Outcome price(String accountId, List<Row> rows, RegistrySnapshot snapshot) {
    Account account;
    try {
      account = AccountRows.account(rows);
    } catch (AccountRows.BadRow e) {
      return new Outcome(accountId, null, null, M.get("account.rows", e.getMessage()));
    }
    try {
      return new Outcome(accountId, account, ContractRegistry.price(snapshot, account), null);
    } catch (RuntimeException e) {
      // One account the engine cannot price does not stop a year of them: it is reported on its rows.
      return new Outcome(accountId, account, null, M.get("account.failed", e.getMessage()));
    }
  }

  /** The rows of the priced table for one outcome: one per item, priced or not, keyed as the input rows. */
  static List<Row> rows(Outcome o, List<Row> inputRows) {
    List<Row> sorted = AccountRows.sorted(inputRows);
    List<Row> out = new ArrayList<>(sorted.size());
    if (!o.ok()) {
      for (Row r : sorted) out.add(unpriced(o, r));
      return out;
    }
    PricingResult result = o.priced().result();
    String file = o.priced().contract().file().getFileName().toString();
    Account a = o.account();
    int k = 0; // the engine gives one result per item, guides and items in the account's order
    for (GuideResult gr : result.guides()) {
      for (ItemResult ir : gr.items()) {
        Row in = sorted.get(k++);
        Item item = ir.item();
        PriceSource src = ir.source();
        List<String> codes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Row> glosas = new ArrayList<>();
        for (Glosa gl : ir.glosas()) {
          codes.add(gl.code());
          texts.add(gl.text());
          glosas.add(RowFactory.create(gl.code(), quantity(gl.quantity()), gl.value().toBigDecimal(), gl.text(),
              gl.rule(), gl.pos() == null || gl.manual() ? null : gl.pos().toString()));
        }
        out.add(RowFactory.create(o.accountId(), a.loteNumber(), a.operatorAns(), providerId(a.provider()),
            in.getInt(AccountRows.at("guide_pos")), gr.guide().number(), in.getInt(AccountRows.at("item_pos")),
            item.seq(), item.kind() == null ? null : item.kind().name(), item.table(), item.code(),
            item.description(), item.date(), quantity(item.quantity()), ir.presented().toBigDecimal(),
            AccountRows.money(ir.contractUnit()), AccountRows.money(ir.allowed()), quantity(ir.paidQuantity()),
            ir.paid().toBigDecimal(), ir.raised().toBigDecimal(), ir.glosed().toBigDecimal(), Seqs.of(codes),
            Seqs.of(texts), Seqs.of(glosas),
            src == null ? null : src.rule(), src == null || src.pos() == null ? null : src.pos().toString(),
            src == null ? null : src.table(), src == null ? null : src.tableVersion(), result.contractId(),
            result.contractVersion(), result.artifactHash(), file, null));
      }
    }
    return out;
  }

  private static Row unpriced(Outcome o, Row r) {
    Object seq = r.get(AccountRows.at("seq"));
    int i = r.getInt(AccountRows.at("item_pos"));
    String provider = o.account() != null ? providerId(o.account().provider())
        : first(r, "provider_code", "provider_cnpj", "provider_cpf");
    return RowFactory.create(o.accountId(), r.get(AccountRows.at("lote_number")),
        r.get(AccountRows.at("operator_ans")), provider, r.getInt(AccountRows.at("guide_pos")),
        r.get(AccountRows.at("guide_number")), i, seq == null ? i + 1 : seq, r.get(AccountRows.at("kind")),
        r.get(AccountRows.at("table")), r.get(AccountRows.at("code")), r.get(AccountRows.at("description")),
        r.get(AccountRows.at("date")), r.get(AccountRows.at("quantity")), AccountRows.presented(r), null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, o.why());
  }

  static String providerId(Provider p) {
    if (p == null) return null;
    if (p.codeAtOperator() != null) return p.codeAtOperator();
    if (p.cnpj() != null) return p.cnpj();
    return p.cpf();
  }

  private static String first(Row r, String... columns) {
    for (String c : columns) if (!r.isNullAt(AccountRows.at(c))) return r.getString(AccountRows.at(c));
    return null;
  }

  private static BigDecimal quantity(BigDecimal q) {
    return q == null ? null : q.setScale(4, RoundingMode.UNNECESSARY);
  }
}
