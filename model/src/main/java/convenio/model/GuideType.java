package convenio.model;

/** The four TISS billing guides that carry priced items. */
public enum GuideType {
  CONSULTA(false),
  SP_SADT(false),
  RESUMO_INTERNACAO(true),
  HONORARIOS(true);

  private final boolean inpatient;

  GuideType(boolean inpatient) {
    this.inpatient = inpatient;
  }

  /** Hospitalization guides are inpatient (internação); consultations and SP/SADT are outpatient (ambulatorial). */
  public boolean inpatient() {
    return inpatient;
  }
}
