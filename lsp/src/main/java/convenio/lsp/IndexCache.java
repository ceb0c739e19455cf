package convenio.lsp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Indexes of file texts, kept while they are used: the standard modules and imported files do not change while a
 * contract is edited, so they are indexed once; the edited text is indexed once per version.
 */
final class IndexCache {
  private static final int KEEP = 64;
  private final Map<String, SourceIndex> byText = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, SourceIndex> eldest) {
      return size() > KEEP;
    }
  };

  synchronized SourceIndex of(String text) {
    SourceIndex i = byText.get(text);
    if (i == null) {
      i = SourceIndex.of(text);
      byText.put(text, i);
    }
    return i;
  }
}
