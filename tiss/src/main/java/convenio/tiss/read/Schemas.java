package convenio.tiss.read;

import convenio.i18n.Messages;
import convenio.tiss.TissException;
import convenio.tiss.TissRelease;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The compiled schemas of the kept releases, each compiled once (about 0.2 s) and shared (a {@link Schema} is
 * thread-safe). xmldsig-core-schema.xsd names the W3C XMLSchema.dtd in a DOCTYPE; the JDK catalog properties point
 * that at the empty local DTD of {@code tiss/xsd/catalog.xml} (an LSResourceResolver is not consulted for a
 * DOCTYPE), and external access is limited to file and jar URLs so that nothing ever goes to the network.
 */
public final class Schemas {
  private static final Messages M = Messages.of(Schemas.class, "convenio.tiss.read.messages");
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
  private static volatile String catalogUri;

  private Schemas() {}

  public static Schema of(TissRelease release) {
    return CACHE.computeIfAbsent(release.schemaRelease(), r -> compile(release));
  }

  private static Schema compile(TissRelease release) {
    URL xsd = Schemas.class.getClassLoader().getResource(release.schemaResource());
    if (xsd == null) throw new TissException("schema not kept for TISS " + release.schemaRelease());
    try {
      SchemaFactory f = SchemaFactory.newDefaultInstance();
      f.setProperty(CatalogFeatures.Feature.FILES.getPropertyName(), catalog());
      f.setProperty(CatalogFeatures.Feature.RESOLVE.getPropertyName(), "continue");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar:file");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
      return f.newSchema(xsd);
    } catch (SAXException e) {
      throw new TissException("cannot compile the TISS " + release.schemaRelease() + " schema: " + e.getMessage(), e);
    }
  }

  /** The catalog as a file: URI. The JDK catalog reads files only, so from a jar it is copied out once. */
  private static String catalog() {
    if (catalogUri != null) return catalogUri;
    synchronized (Schemas.class) {
      if (catalogUri != null) return catalogUri;
      URL url = Schemas.class.getClassLoader().getResource("tiss/xsd/catalog.xml");
      if (url == null) throw new TissException("tiss/xsd/catalog.xml missing from the classpath");
      if (url.getProtocol().equals("file")) {
        catalogUri = url.toString();
      } else {
        try {
          Path dir = Files.createTempDirectory("convenio-tiss-catalog");
          for (String f : new String[] {"catalog.xml", "XMLSchema.dtd"}) {
            try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream("tiss/xsd/" + f)) {
              Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            dir.resolve(f).toFile().deleteOnExit();
          }
          dir.toFile().deleteOnExit();
          catalogUri = dir.resolve("catalog.xml").toUri().toString();
        } catch (IOException e) {
          throw new TissException(M.get("schema.catalog", e.getMessage()), e);
        }
      }
      return catalogUri;
    }
  }
}
