package convenio.history;

/** The store's specification on the embedded H2 file. */
class H2StoreTest extends StoreSuite {
  @Override
  String newDb() {
    return dir.resolve("history").toString();
  }
}
