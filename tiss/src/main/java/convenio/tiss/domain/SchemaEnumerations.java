package convenio.tiss.domain;

import convenio.tiss.TissException;
import convenio.tiss.xml.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a release's schema says about its domain tables, read from the kept XSD files at run time: the enumerated
 * codes of every {@code dm_*} simple type, and which dm type each element name is declared with. Reading the
 * schema (rather than typing lists) keeps each release's codes exactly as the ANS published them.
 */
public final class SchemaEnumerations {
  private final Map<String, Set<String>> codes = new LinkedHashMap<>();
  private final Map<String, Set<String>> elementTypes = new LinkedHashMap<>();

  /** @param folder classpath folder of one release, e.g. {@code tiss/xsd/4.03.00} */
  public static SchemaEnumerations load(String folder, String release) {
    String v = release.replace('.', '_');
    SchemaEnumerations s = new SchemaEnumerations();
    s.read(folder + "/tissSimpleTypesV" + v + ".xsd");
    for (String f : List.of("tissComplexTypesV", "tissGuiasV", "tissV")) s.read(folder + "/" + f + v + ".xsd");
    return s;
  }

  public Map<String, Set<String>> codes() {
    return codes;
  }

  /** Element local name → the dm types it is declared with anywhere in the schema. */
  public Map<String, Set<String>> elementTypes() {
    return elementTypes;
  }

  private void read(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new TissException("schema resource missing: " + resource);
      XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
      String simpleType = null;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("simpleType")) {
            String n = r.getAttributeValue(null, "name");
            simpleType = n != null && n.startsWith("dm_") ? n : null;
          } else if (name.equals("enumeration") && simpleType != null) {
            codes.computeIfAbsent(simpleType, k -> new LinkedHashSet<>()).add(r.getAttributeValue(null, "value"));
          } else if (name.equals("element")) {
            String type = r.getAttributeValue(null, "type");
            String el = r.getAttributeValue(null, "name");
            if (el != null && type != null && type.startsWith("ans:dm_")) {
              elementTypes.computeIfAbsent(el, k -> new LinkedHashSet<>()).add(type.substring(4));
            }
          }
        } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("simpleType")) {
          simpleType = null;
        }
      }
    } catch (IOException | XMLStreamException e) {
      throw new TissException("cannot read schema resource " + resource + ": " + e.getMessage(), e);
    }
  }
}
