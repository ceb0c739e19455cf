package convenio.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text exists in both languages: for each {@code messages.properties} (English) under a module's
 * {@code src/main/resources}, a {@code messages_pt.properties} beside it with the same keys, the same placeholders
 * and no empty text, and no Portuguese file without its English one.
 */
class MessageBundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,3})}");

  @Test
  void everyKeyExistsInBothLanguagesWithTheSamePlaceholders() throws IOException {
    List<Path> english = bundles("messages.properties");
    List<Path> portuguese = bundles("messages_pt.properties");
    assertTrue(!english.isEmpty(), "no message bundle found under " + root());
    List<String> problems = new ArrayList<>();
    for (Path pt : portuguese) {
      if (!Files.exists(pt.resolveSibling("messages.properties"))) problems.add(pt + ": no English file beside it");
    }
    for (Path en : english) {
      Path pt = en.resolveSibling("messages_pt.properties");
      if (!Files.exists(pt)) {
        problems.add(en + ": no Portuguese file beside it (messages_pt.properties)");
        continue;
      }
      Properties e = load(en);
      Properties p = load(pt);
      for (String k : e.stringPropertyNames()) {
        if (!p.containsKey(k)) problems.add(pt + ": key '" + k + "' is only in English");
      }
      for (String k : p.stringPropertyNames()) {
        if (!e.containsKey(k)) {
          problems.add(en + ": key '" + k + "' is only in Portuguese");
        } else if (!placeholders(e.getProperty(k)).equals(placeholders(p.getProperty(k)))) {
          problems.add(pt + ": key '" + k + "' has placeholders " + placeholders(p.getProperty(k))
              + ", English has " + placeholders(e.getProperty(k)));
        }
      }
      for (Properties props : List.of(e, p)) {
        for (String k : props.stringPropertyNames()) {
          if (props.getProperty(k).isBlank()) problems.add((props == e ? en : pt) + ": key '" + k + "' is empty");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static List<Path> bundles(String name) throws IOException {
    try (Stream<Path> s = Files.walk(root())) {
      return s.filter(p -> p.getFileName().toString().equals(name))
          .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/"))
          .sorted().toList();
    }
  }

  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("grammar")) && Files.exists(p.resolve("interpreter"))) return p;
    }
    return Path.of("").toAbsolutePath();
  }
}
