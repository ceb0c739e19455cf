package convenio.artifact;

import java.time.LocalDate;

/**
 * What a compiled contract says about itself before anything else is decoded: enough to list it, pick it for an
 * account (operator, provider, vigência) and audit it ({@code sourceHash}: SHA-256 of the sources and tables it was
 * compiled from; {@code compilerVersion}: the Convenio that wrote it).
 */
public record ArtifactHeader(int formatVersion, String contractId, String version, String name, String operatorAns,
    String providerKind, String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, String compilerVersion,
    String sourceHash) {

  void write(BinaryOut out) {
    out.uvar(formatVersion);
    out.str(contractId);
    out.str(version);
    out.str(name);
    out.str(operatorAns);
    out.str(providerKind);
    out.str(providerId);
    ValueCodec.date(out, effectiveFrom);
    ValueCodec.date(out, effectiveTo);
    out.str(compilerVersion);
    out.str(sourceHash);
  }

  static ArtifactHeader read(BinaryIn in) throws BinaryIn.Corrupt {
    return new ArtifactHeader((int) in.uvar(), in.str(), in.str(), in.str(), in.str(), in.str(), in.str(),
        ValueCodec.date(in), ValueCodec.date(in), in.str(), in.str());
  }
}
