package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convenio.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Options that cannot work are refused in the language of whoever starts the service. */
class ServerOptionsTest {
  @Test
  void aTimeoutOrAConnectionLimitOfZeroIsRefusedInTheReadersLanguage() {
    ServerOptions d = ServerOptions.defaults();
    assertEquals("o tempo limite de uma requisição deve ser positivo", Lang.with(Lang.PT,
        () -> assertThrows(IllegalArgumentException.class, () -> d.withNetworkLimits(0, 10)).getMessage()));
    assertEquals("o limite de conexões deve ser positivo", Lang.with(Lang.PT,
        () -> assertThrows(IllegalArgumentException.class, () -> d.withNetworkLimits(1000, 0)).getMessage()));
    assertEquals("the request timeout must be positive", Lang.with(Lang.EN,
        () -> assertThrows(IllegalArgumentException.class, () -> d.withNetworkLimits(-5, 10)).getMessage()));
  }
}
