package convenio.tiss.r40300;

import convenio.tiss.v40300.CtmSpSadtGuia;
import convenio.tiss.xml.HashCollector;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * What JAXB knows about one generated class, read once from its annotations: the child elements it accepts, and
 * for each the field it goes to and how its text converts. {@link StaxGuides} fills the generated classes from the
 * StAX events with it, so an element is "unknown" or a value "bad" exactly where JAXB says so, without JAXB's
 * general machinery on every element. A class whose mapping needs more than plain elements (attributes, mixed
 * content, element references: the XML signature) is not described; its subtree is left to JAXB.
 */
final class Shape {
  /** How the text of a leaf converts, as the Glassfish runtime converts it. */
  enum Kind { STRING, COLLAPSED_STRING, DECIMAL, INTEGER, CALENDAR, STRUCTURE, JAXB }

  /** One child element: its field, its kind, and for a structure the shape of its class. */
  static final class Property {
    final String name;
    final Field field;
    final Kind kind;
    final boolean list;
    final Class<?> type;
    Shape shape;

    Property(String name, Field field, Kind kind, boolean list, Class<?> type) {
      this.name = name;
      this.field = field;
      this.kind = kind;
      this.list = list;
      this.type = type;
    }

    /** Sets the field, or adds to its list (made on first use, as JAXB makes it). */
    @SuppressWarnings("unchecked")
    void assign(Object target, Object value) throws IllegalAccessException {
      if (!list) {
        field.set(target, value);
        return;
      }
      List<Object> l = (List<Object>) field.get(target);
      if (l == null) {
        l = new ArrayList<>();
        field.set(target, l);
      }
      l.add(value);
    }
  }

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  final Class<?> type;
  private final Constructor<?> constructor;
  // Keyed by local name; the parser hands out the same String instances, so the lookup rarely compares characters.
  private final Map<String, Property> children = new HashMap<>();

  private Shape(Class<?> type) {
    this.type = type;
    try {
      this.constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no constructor JAXB could use", e);
    }
  }

  /** The shape of a generated class, or null when JAXB has to bind it (see the class comment). */
  static Shape of(Class<?> type) {
    Shape s = SHAPES.get(type);
    if (s != null) return s;
    synchronized (SHAPES) {
      s = SHAPES.get(type);
      if (s != null) return s;
      Map<Class<?>, Shape> building = new HashMap<>();
      s = build(type, building);
      if (s != null) SHAPES.putAll(building);
      return s;
    }
  }

  /** The property of a child element, or null when the class has no such element (JAXB's "unexpected element"). */
  Property child(String localName, String namespace) {
    Property p = children.get(localName);
    return p != null && HashCollector.TISS_NS.equals(namespace) ? p : null;
  }

  Object create() throws ReflectiveOperationException {
    return constructor.newInstance();
  }

  private static Shape build(Class<?> type, Map<Class<?>, Shape> building) {
    Shape done = SHAPES.get(type);
    if (done != null) return done;
    Shape s = building.get(type);
    if (s != null) return s;
    if (!plainElements(type)) return null;
    s = new Shape(type);
    building.put(type, s);
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) hierarchy.add(0, c);
    for (Class<?> c : hierarchy) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(XmlTransient.class)) continue;
        Property p = property(f, building);
        s.children.put(p.name, p);
      }
    }
    return s;
  }

  /** A class of the TISS namespace mapped by fields to child elements only. */
  private static boolean plainElements(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      XmlType t = c.getAnnotation(XmlType.class);
      if (t == null || !(t.namespace().equals("##default") || t.namespace().equals(HashCollector.TISS_NS))) {
        return false;
      }
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(XmlAttribute.class) || f.isAnnotationPresent(XmlAnyAttribute.class)
            || f.isAnnotationPresent(XmlAnyElement.class) || f.isAnnotationPresent(XmlMixed.class)
            || f.isAnnotationPresent(XmlValue.class) || f.isAnnotationPresent(XmlElementRef.class)
            || f.isAnnotationPresent(XmlElementRefs.class) || f.isAnnotationPresent(XmlElements.class)) {
          return false;
        }
        XmlElement e = f.getAnnotation(XmlElement.class);
        if (e != null && !(e.namespace().equals("##default") || e.namespace().equals(HashCollector.TISS_NS))) {
          return false;
        }
      }
    }
    return true;
  }

  private static Property property(Field f, Map<Class<?>, Shape> building) {
    f.setAccessible(true);
    XmlElement e = f.getAnnotation(XmlElement.class);
    String name = e == null || e.name().equals("##default") ? f.getName() : e.name();
    boolean list = List.class.isAssignableFrom(f.getType());
    Class<?> type = list
        ? (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0] : f.getType();
    XmlJavaTypeAdapter adapter = f.getAnnotation(XmlJavaTypeAdapter.class);
    Kind kind;
    if (adapter != null) {
      kind = adapter.value() == CollapsedStringAdapter.class && type == String.class ? Kind.COLLAPSED_STRING
          : Kind.JAXB;
    } else if (type == String.class) {
      kind = Kind.STRING;
    } else if (type == BigDecimal.class) {
      kind = Kind.DECIMAL;
    } else if (type == BigInteger.class) {
      kind = Kind.INTEGER;
    } else if (type == XMLGregorianCalendar.class) {
      kind = Kind.CALENDAR;
    } else if (type.getPackageName().equals(CtmSpSadtGuia.class.getPackageName())) {
      kind = Kind.STRUCTURE;
    } else {
      kind = Kind.JAXB;
    }
    Property p = new Property(name, f, kind, list, type);
    if (kind == Kind.STRUCTURE) {
      p.shape = build(type, building);
      if (p.shape == null) return new Property(name, f, Kind.JAXB, list, type);
    }
    return p;
  }
}
