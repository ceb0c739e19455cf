package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Guide;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A lote of 100,000 SP/SADT guides (about 450 MB of XML), generated while it is read, goes through the callback
 * guide by guide: the heap in use stays flat (sampled every 25,000 guides), far below the size of the lote, and the
 * test JVM runs with -Xmx256m (see pom.xml), where the lote could not be held whole.
 */
class StreamingTest {
  static final int GUIDES = 100_000;

  @Test
  void aHundredThousandGuidesInConstantMemory() throws IOException {
    String sample = Files.readString(TestFiles.synthetic("sadt-4.00.01.xml"), StandardCharsets.ISO_8859_1);
    int start = sample.indexOf("        <ans:guiaSP-SADT>");
    int end = sample.indexOf("</ans:guiaSP-SADT>") + "</ans:guiaSP-SADT>\n".length();
    String head = sample.substring(0, start);
    String guide = sample.substring(start, end);
    String tail = sample.substring(end);
    Enumeration<InputStream> parts = new Enumeration<>() {
      int n = -1;

      @Override
      public boolean hasMoreElements() {
        return n <= GUIDES;
      }

      @Override
      public InputStream nextElement() {
        n++;
        String s = n == 0 ? head : n <= GUIDES ? guide.replace(">S-1<", ">G" + n + "<") : tail;
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
      }
    };
    AtomicInteger count = new AtomicInteger();
    AtomicInteger items = new AtomicInteger();
    AtomicLong maxUsed = new AtomicLong();
    long before = used();
    LoteSummary s = new TissReader().read(new SequenceInputStream(parts), new LoteListener() {
      @Override
      public void guide(Guide g) {
        int n = count.incrementAndGet();
        items.addAndGet(g.items().size());
        if (!g.number().equals("G" + n)) throw new AssertionError("out of order: " + g.number());
        if (n % 25_000 == 0) maxUsed.accumulateAndGet(used(), Math::max);
      }
    });
    assertEquals(GUIDES, count.get());
    assertEquals(2 * GUIDES, items.get());
    assertEquals(GUIDES, s.guidesRead());
    assertEquals(1, s.warnings(), "only the hash, which no longer matches the generated lote: " + s.problems());
    long grown = maxUsed.get() - before;
    assertTrue(grown < 96L * 1024 * 1024, "heap grew by " + grown / (1024 * 1024) + " MB while streaming");
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
