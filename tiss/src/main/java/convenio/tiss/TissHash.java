package convenio.tiss;

import convenio.tiss.xml.Errors;
import convenio.tiss.xml.HashCollector;
import convenio.tiss.xml.ObservingReader;
import convenio.tiss.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;

/**
 * The TISS epilogo hash: MD5, lowercase hex, over the concatenated text of every leaf element of the message in
 * document order, the hash element itself counting as empty.
 *
 * <p>Which text and which bytes were settled by the conformance vectors of {@code petrinhu/TISS_ANS_hash} (kept in
 * the test resources) and the three real samples: parsed text (entities and CDATA decoded, line ends normalised),
 * attributes excluded, namespace prefixes irrelevant, whitespace-only values kept, comments inside the message
 * included (the reference counts them as leaves), and the MD5 taken over UTF-8 bytes, not the ISO-8859-1 the ANS
 * manual names: the vectors' authors report that hashes over ISO-8859-1 were rejected by the ANS for text with
 * accents. On input both forms are accepted (see {@link HashCheck#matches()}); on output the UTF-8 form is written.
 * A message with more than one hash element is refused, as is UTF-16.
 */
public final class TissHash {
  private TissHash() {}

  /** The hash a message should carry. */
  public static String compute(InputStream xml) {
    HashCheck c = check(xml);
    if (c.elements() > 1) {
      throw new TissException(TissTexts.M.get("hash.elements", c.elements()));
    }
    return c.computed();
  }

  public static String compute(byte[] xml) {
    return compute(new ByteArrayInputStream(xml));
  }

  public static String compute(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return compute(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Found and computed hashes of a message, streaming (constant memory). */
  public static HashCheck check(InputStream xml) {
    HashCollector hash = new HashCollector();
    SafeXml.Opened opened = SafeXml.open(xml, ReadOptions.DEFAULT_MAX_TEXT_CHARS);
    try {
      ObservingReader r = new ObservingReader(SafeXml.streamReader(opened.stream()),
          ReadOptions.DEFAULT_MAX_TEXT_CHARS).observe(hash).start();
      while (r.hasNext()) r.next();
      r.close();
    } catch (XMLStreamException e) {
      throw Errors.fatal(e);
    }
    return new HashCheck(hash.found(), hash.computed(), hash.computedLatin1(), hash.hashElements());
  }
}
