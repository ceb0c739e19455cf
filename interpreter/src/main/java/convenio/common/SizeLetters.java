package convenio.common;

import java.util.Collection;

/**
 * The anaesthetic-size letters of the Unimed "lista referencial": {@code 0} and {@code A}–{@code Z} without
 * {@code O}, "com exceção da letra O, para que não gere confusão com o número zero" (Unimed do Brasil manual, as the
 * Solus FAQ quotes it). A map keyed by these letters (std.unimed.lista_referencial's {@code porte_sala},
 * {@code tempo_cirurgico}, or a contract's own) has N and P and no O; looking O up there is a mistake for zero or for
 * another letter, and both the checker and the engine say so in those words rather than "no entry" (check's map.letter.o and
 * runtime's eval.map.letter.o texts).
 */
public final class SizeLetters {
  private SizeLetters() {}

  /** Whether {@code key} is the letter O looked up in a map whose keys are that letter scale. */
  public static boolean refusedO(Object key, Collection<?> mapKeys) {
    return ("O".equals(key) || "o".equals(key)) && mapKeys.contains("N") && mapKeys.contains("P")
        && !mapKeys.contains("O");
  }
}
