package convenio.history;

class H2DeskRecordsTest extends DeskRecordsSuite {
  @Override
  String newDb() {
    return dir.resolve("history").toString();
  }
}
