package convenio.repl;

import convenio.model.Account;
import java.nio.file.Path;

/** An account opened in the REPL and the file it came from (a TISS lote, or a YAML/JSON account). */
record LoadedAccount(Path file, Account account) {}
