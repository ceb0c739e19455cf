package convenio.tiss.r40300;

import convenio.tiss.TissHash;
import convenio.tiss.v40300.Epilogo;
import convenio.tiss.v40300.MensagemTISS;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;

/**
 * Writes a message as TISS systems expect it: ISO-8859-1 (the standard's encoding; characters outside it become
 * character references), the TISS namespace as {@code ans:} and the signature namespace as {@code ds:}, and the
 * epilogo hash computed over the message itself (written once with an empty hash, hashed, written again).
 */
final class Marshalling {
  private static final String TISS_NS = "http://www.ans.gov.br/padroes/tiss/schemas";
  private static final String DS_NS = "http://www.w3.org/2000/09/xmldsig#";

  private Marshalling() {}

  static byte[] withHash(MensagemTISS message) {
    if (message.getEpilogo() == null) message.setEpilogo(new Epilogo());
    message.getEpilogo().setHash("");
    String hash = TissHash.compute(write(message));
    message.getEpilogo().setHash(hash);
    return write(message);
  }

  static byte[] write(MensagemTISS message) {
    try {
      Marshaller m = Binding40300.jaxb().createMarshaller();
      m.setProperty(Marshaller.JAXB_ENCODING, "ISO-8859-1");
      m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
      m.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new NamespacePrefixMapper() {
        @Override
        public String getPreferredPrefix(String uri, String suggestion, boolean requirePrefix) {
          if (TISS_NS.equals(uri)) return "ans";
          if (DS_NS.equals(uri)) return "ds";
          return suggestion;
        }
      });
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      m.marshal(message, out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot write the TISS message: " + e.getMessage(), e);
    }
  }
}
