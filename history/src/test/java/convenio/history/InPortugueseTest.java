package convenio.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convenio.i18n.Lang;
import convenio.model.GlosaGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A faturista who reads Portuguese is told in Portuguese why a file is not recorded, what is wrong with a --db address
 * or a classification, and reads the indicators' notes in Portuguese; JSON keys and element names stay as they are.
 * Texts written by hand.
 */
class InPortugueseTest {
  @TempDir
  Path dir;

  HistoryStore store;

  @BeforeEach
  void open() {
    store = HistoryStore.open(dir.resolve("history").toString());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void filesTheHistoryDoesNotRecordSayWhy() throws Exception {
    Path other = Files.writeString(dir.resolve("outro.xml"), "<nota><texto>oi</texto></nota>\n");
    assertEquals(other + ": não é uma mensagem que o histórico registra (um loteGuias, demonstrativoAnaliseConta,"
        + " demonstrativoPagamento, recursoGlosa ou respostaRecursoGlosa TISS, uma conta YAML/JSON ou um resultado"
        + " valorizado)", Lang.with(Lang.PT, () -> store.add(other).toString()));
    Path priced = Files.writeString(dir.resolve("valorizado.json"),
        "{\"contract\": {\"id\": \"hsl\"}, \"guides\": []}\n");
    assertEquals(priced + ": um resultado valorizado deve indicar o id e o hash do seu contrato",
        Lang.with(Lang.PT, () -> store.add(priced).toString()));
    assertEquals(priced + ": a priced result names its contract's id and hash",
        Lang.with(Lang.EN, () -> store.add(priced).toString()));
  }

  @Test
  void aDbAddressWithoutItsDatabaseAndACodeThatIsNeitherCodeNorGroup() {
    HistoryException db = assertThrows(HistoryException.class,
        () -> Lang.with(Lang.PT, () -> Database.of("postgresql://servidor")));
    assertEquals("--db postgresql://servidor: indique o host e o banco, p.ex. postgresql://host:5432/glosas",
        db.getMessage());
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
        () -> Lang.with(Lang.PT, () -> {
          store.classify("*", "170", GlosaGroup.TECHNICAL);
          return null;
        }));
    assertEquals("um código de glosa tem 4 dígitos e um grupo 2, não '170'", code.getMessage());
  }

  @Test
  void theIndicatorsJsonKeepsItsKeysAndExplainsTheRatesInPortuguese() {
    Indicators none = store.indicators(IndicatorQuery.all(Dimension.OPERATOR));
    var summary = Lang.with(Lang.PT, () -> IndicatorsJson.tree(none)).get("summary");
    assertEquals("agregada: todas as glosas sobre todo o apresentado (uma operadora maior pesa mais)",
        summary.get("pooled_rate_note").asText());
    assertEquals("média das taxas por operadora: cada operadora pesa o mesmo (o estudo reporta esta)",
        summary.get("mean_operator_rate_note").asText());
    assertEquals("demonstrativo de pagamento", Lang.with(Lang.PT, MessageKind.PAGAMENTO::shown));
  }
}
