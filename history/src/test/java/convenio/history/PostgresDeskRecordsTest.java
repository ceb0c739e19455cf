package convenio.history;

import org.junit.jupiter.api.extension.ExtendWith;

/** The desk's rows on a real PostgreSQL server (see {@link PostgresServer}). */
@ExtendWith(PostgresServer.class)
class PostgresDeskRecordsTest extends DeskRecordsSuite {
  @Override
  String newDb() {
    return PostgresServer.newDatabase();
  }
}
