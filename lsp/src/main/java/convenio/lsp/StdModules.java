package convenio.lsp;

import convenio.syntax.ContractFile;
import convenio.syntax.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The standard library's modules as an editor sees them. They are classpath resources ({@code std/tiss/glosas.convenio},
 * inside the jar), which no editor can open; the first time one is needed, every module is copied, read-only, to a
 * cache folder named by a hash of their text ({@code $XDG_CACHE_HOME/convenio/std-HASH/std/…}, else
 * {@code ~/.cache/convenio/…}, else the temporary folder), and definitions point at those copies as plain
 * {@code file:} URIs, which every client opens. A new version of the library gets a new folder; the old one is left.
 */
final class StdModules {
  /** A module: its name (std.tiss.glosas), resource name (std/tiss/glosas.convenio), text and parsed declarations. */
  record Module(String name, String resource, String text, ContractFile file) {}

  private static final String ANCHOR = "std/tiss/glosas.convenio";
  private static volatile StdModules instance;

  private final Map<String, Module> byName;
  private final Map<String, Module> byResource = new LinkedHashMap<>();
  private volatile Path extracted;

  private StdModules(Map<String, Module> byName) {
    this.byName = byName;
    for (Module m : byName.values()) byResource.put(m.resource(), m);
  }

  static StdModules get() {
    StdModules s = instance;
    if (s == null) {
      synchronized (StdModules.class) {
        if (instance == null) instance = new StdModules(load());
        s = instance;
      }
    }
    return s;
  }

  /** Every module, by name, sorted. */
  Map<String, Module> modules() {
    return byName;
  }

  Module byResource(String resource) {
    return byResource.get(resource);
  }

  /** The file: URI of a module's read-only copy (copying the library first if needed). */
  String uri(Module m) {
    return folder().resolve(m.resource()).toUri().toString();
  }

  /** The module a copied file is, or null when the path is not one of the copies. */
  Module ofPath(Path path) {
    Path root = extracted;
    if (root == null || !path.startsWith(root)) return null;
    return byResource.get(root.relativize(path).toString().replace('\\', '/'));
  }

  private Path folder() {
    Path f = extracted;
    if (f != null) return f;
    synchronized (this) {
      if (extracted != null) return extracted;
      String hash = hash();
      IOException last = null;
      for (Path base : cacheBases()) {
        Path dir = base.resolve("convenio").resolve("std-" + hash);
        try {
          for (Module m : byName.values()) {
            Path file = dir.resolve(m.resource());
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(m.text())) continue;
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) file.toFile().setWritable(true);
            Files.writeString(file, m.text(), StandardCharsets.UTF_8);
            // Read-only: an edit there would change nothing the compiler reads.
            file.toFile().setWritable(false, false);
          }
          extracted = dir;
          return dir;
        } catch (IOException e) {
          last = e;
        }
      }
      throw new UncheckedIOException(LspTexts.M.get("std.uncopied"), last);
    }
  }

  private static List<Path> cacheBases() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    Stream<Path> bases = Stream.of(xdg == null || xdg.isBlank() ? null : Path.of(xdg),
        home == null ? null : Path.of(home, ".cache"), Path.of(System.getProperty("java.io.tmpdir")));
    return bases.filter(p -> p != null).toList();
  }

  private String hash() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Module m : byName.values()) {
        md.update(m.resource().getBytes(StandardCharsets.UTF_8));
        md.update(m.text().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Finds the modules where the library is on the classpath: a folder (in the build) or a jar (installed). */
  private static Map<String, Module> load() {
    Map<String, Module> out = new TreeMap<>();
    URL anchor = StdModules.class.getClassLoader().getResource(ANCHOR);
    if (anchor == null) return out;
    try {
      URI uri = anchor.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        collect(fs.getPath("/std"), fs.getPath("/"), out);
      } else {
        Path file = Path.of(uri);
        Path root = file.getParent().getParent().getParent();
        collect(root.resolve("std"), root, out);
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Without the listing, modules are still found one by one when a contract imports them.
      System.err.println(LspTexts.M.get("log.std.unlisted", e));
    }
    return out;
  }

  private static void collect(Path dir, Path root, Map<String, Module> out) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".convenio")).toList()) {
        String resource = root.relativize(p).toString().replace('\\', '/');
        if (resource.startsWith("/")) resource = resource.substring(1);
        String text = read(resource);
        if (text == null) continue;
        String name = resource.substring(0, resource.length() - ".convenio".length()).replace('/', '.');
        out.put(name, new Module(name, resource, text, SourceParser.parse(resource, text).file()));
      }
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = StdModules.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
