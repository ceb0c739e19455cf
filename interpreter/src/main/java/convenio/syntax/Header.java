package convenio.syntax;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The first declaration of a file: a contract's header, or the name of a module. */
public sealed interface Header {
  Span span();

  /**
   * A contract header. Optional clauses are null when absent; the checker reports the missing required ones.
   *
   * @param providerKind "cnpj", "code" or "cpf"
   * @param perItem      true for {@code rounding … per item} (round each item's value once), false for per operation
   * @param payContractWhenBelow true for {@code below contract pay contract}: a presented value below the contract
   *                     price is raised to it; false (the default) pays what was presented
   * @param excessGlosa   the glosa for a presented value above the contract's (default 1705), or null
   * @param unpricedGlosa the glosa for an item no rule prices (default 1707), or null
   * @param operatorName  {@code operator ans "…" name "…"}: the operator's name for the TISS demonstrativo, or null
   * @param operatorCnpj  {@code operator ans "…" cnpj "…"}: the operator's CNPJ for the TISS demonstrativo, or null
   * @param recursoPrazos {@code recurso in N days after demonstrativo …} clauses, as written (the checker allows one)
   */
  record Contract(Span span, String name, String version, String id, String operatorAns, String providerKind,
      String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, RoundingMode rounding, boolean perItem,
      boolean payContractWhenBelow, GlosaRef excessGlosa, GlosaRef unpricedGlosa, Span effectiveSpan,
      String operatorName, String operatorCnpj, List<RecursoPrazoClause> recursoPrazos) implements Header {

    public Contract {
      recursoPrazos = recursoPrazos == null ? List.of() : List.copyOf(recursoPrazos);
    }

    /** A header that states no recurso prazo. */
    public Contract(Span span, String name, String version, String id, String operatorAns, String providerKind,
        String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, RoundingMode rounding, boolean perItem,
        boolean payContractWhenBelow, GlosaRef excessGlosa, GlosaRef unpricedGlosa, Span effectiveSpan,
        String operatorName, String operatorCnpj) {
      this(span, name, version, id, operatorAns, providerKind, providerId, effectiveFrom, effectiveTo, rounding,
          perItem, payContractWhenBelow, excessGlosa, unpricedGlosa, effectiveSpan, operatorName, operatorCnpj,
          List.of());
    }

    /** A header that does not name the operator ({@code operator ans "…"} alone). */
    public Contract(Span span, String name, String version, String id, String operatorAns, String providerKind,
        String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, RoundingMode rounding, boolean perItem,
        boolean payContractWhenBelow, GlosaRef excessGlosa, GlosaRef unpricedGlosa, Span effectiveSpan) {
      this(span, name, version, id, operatorAns, providerKind, providerId, effectiveFrom, effectiveTo, rounding,
          perItem, payContractWhenBelow, excessGlosa, unpricedGlosa, effectiveSpan, null, null);
    }
  }

  record Module(Span span, String name) implements Header {}
}
