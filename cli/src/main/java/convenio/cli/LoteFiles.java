package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.tiss.AccountFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The accounts a command was given: files as named, folders expanded to every account file below them, sorted. */
final class LoteFiles {
  private LoteFiles() {}

  /** @param missing receives a message for each path that does not exist or holds no account */
  static List<Path> expand(List<Path> inputs, List<String> missing) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        int before = files.size();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(AccountFiles::isAccountFile).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          missing.add(MESSAGES.get("folder.unlistable", p, e.getMessage()));
        }
        if (files.size() == before) missing.add(MESSAGES.get("folder.no.accounts", p));
      } else {
        missing.add(MESSAGES.get("file.or.folder.missing", p));
      }
    }
    return files;
  }

  /** {@code lote-001.xml} → {@code lote-001}. */
  static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
