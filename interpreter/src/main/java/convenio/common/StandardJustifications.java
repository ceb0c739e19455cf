package convenio.common;

import convenio.model.GlosaGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The TISS table-38 justifications of std.tiss.glosas by code: the group and standard text of a glosa named by bare
 * code that the contract does not declare, and of the auditor's manual glosas. Read from the index the module's
 * generator writes beside it ({@code std/tiss/glosas.index.tsv}), so that compiling or loading an artifact never
 * parses the standard library; a test checks that index and module say the same.
 */
public final class StandardJustifications {
  /** A standard justification: its name in std.tiss.glosas, group and message. */
  public record Entry(String name, String code, GlosaGroup group, String text) {}

  static final String INDEX = "std/tiss/glosas.index.tsv";
  private static final Map<String, Entry> BY_CODE = load();

  private StandardJustifications() {}

  /** The standard justification of a TISS code, or null when std.tiss.glosas does not have it. */
  public static Entry of(String code) {
    return BY_CODE.get(code);
  }

  /** Every entry, by code (for the test that compares the index with the module). */
  public static Map<String, Entry> all() {
    return BY_CODE;
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> byCode = new HashMap<>();
    InputStream in = StandardJustifications.class.getClassLoader().getResourceAsStream(INDEX);
    if (in == null) throw new IllegalStateException("the standard library is not on the classpath: " + INDEX);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] f = line.split("\t", 4);
        byCode.put(f[0], new Entry(f[1], f[0], GlosaGroup.valueOf(f[2].toUpperCase()), f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return Map.copyOf(byCode);
  }
}
