package convenio.syntax;

/** A glosa code as written: a justification name ({@code VALOR_APRESENTADO_A_MAIOR}) or a TISS code ({@code 1705}). */
public record GlosaRef(Span span, String text) {
  public boolean isCode() {
    return text.chars().allMatch(Character::isDigit);
  }
}
