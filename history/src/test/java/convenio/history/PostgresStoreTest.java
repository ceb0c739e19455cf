package convenio.history;

import org.junit.jupiter.api.extension.ExtendWith;

/** The same specification on a real PostgreSQL server (see {@link PostgresServer}). */
@ExtendWith(PostgresServer.class)
class PostgresStoreTest extends StoreSuite {
  @Override
  String newDb() {
    return PostgresServer.newDatabase();
  }
}
