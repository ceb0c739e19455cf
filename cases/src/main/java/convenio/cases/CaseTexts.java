package convenio.cases;

import convenio.i18n.Messages;

/**
 * The case runner's texts in both languages (convenio/cases/messages*.properties): the test report, mismatches,
 * case-file mistakes, coverage, JUnit XML messages. YAML keys (paid, glosas, …) are the case file's own words and
 * stay as written.
 */
final class CaseTexts {
  static final Messages M = Messages.of(CaseTexts.class, "convenio.cases.messages");

  private CaseTexts() {}
}
