package convenio.api;

import java.nio.file.Path;

/**
 * How the registry turns a file of its folder into a contract. The standard one is {@link Artifacts#loadAny}
 * (artifacts decoded, sources compiled); tests and embedders may pass their own.
 */
@FunctionalInterface
public interface ContractLoader {
  /**
   * The contract in {@code file}, or its diagnostics. A compilation with no contract and no error means the file is
   * not a contract (a module shared by contracts): the registry skips it.
   */
  Compilation load(Path file);
}
