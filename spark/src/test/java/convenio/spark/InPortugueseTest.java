package convenio.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.i18n.Lang;
import convenio.model.Account;
import convenio.model.Provider;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whoever starts a job in Portuguese is told in Portuguese why a contracts folder is refused and why an account was
 * not priced; column names stay as written. No Spark session: these are the checks made before or inside a task.
 * Texts written by hand.
 */
class InPortugueseTest {
  @TempDir
  Path dir;

  @Test
  void aContractsFolderThatIsNotThereOrHoldsNoCompiledContract() {
    String missing = dir.resolve("nao-existe").toString();
    JobException none = assertThrows(JobException.class,
        () -> Lang.with(Lang.PT, () -> ContractBundle.read(missing, new Configuration())));
    assertEquals(missing + ": pasta de contratos inexistente", none.getMessage());
    JobException empty = assertThrows(JobException.class,
        () -> Lang.with(Lang.PT, () -> ContractBundle.read(dir.toString(), new Configuration())));
    assertEquals(dir + ": nenhum contrato compilado (*.cvc) nesta pasta; `convenio compile C.convenio -o C.cvc`"
        + " grava um", empty.getMessage());
  }

  @Test
  void anAccountWithAGuideTypeTheModelDoesNotKnowIsNotPricedAndSaysWhereAndWhy() {
    Account a = Account.of("999999", new Provider(TestWorkload.PROVIDER_1, null, null, null, null), List.of(
        TestWorkload.sadt("G1", "0000000000000001", "40301010", LocalDate.of(2025, 3, 12), "R$ 45,00")));
    Row row = AccountRows.rows("conta-1", a).get(0);
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) values[i] = row.get(i);
    values[AccountRows.at("guide_type")] = "consultas";
    Row wrong = RowFactory.create(values);
    AccountPricing.Outcome o = Lang.with(Lang.PT, () -> AccountPricing.price("conta-1", List.of(wrong), null));
    assertTrue(o.why().startsWith("as linhas da conta não puderam ser lidas: guia G1, item_pos "), o.why());
    assertTrue(o.why().contains(", coluna guide_type: 'consultas' não é um destes: [CONSULTA, "), o.why());
  }
}
