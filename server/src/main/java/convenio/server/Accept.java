package convenio.server;

import static convenio.server.ServerTexts.M;

import java.util.List;
import java.util.Locale;

/**
 * Content negotiation for {@code POST /price} (RFC 9110 section 12.5.1): the media types of the {@code Accept}
 * header with their q-values; JSON or the TISS XML, whichever the client prefers, JSON on a tie or when anything is
 * accepted; 406 when the client accepts neither (a browser's {@code text/html} alone, or a type with {@code q=0}).
 */
final class Accept {
  enum Media { JSON, XML }

  private Accept() {}

  /** The answer's media type for the Accept header values (null or empty: JSON); throws 406 when none fits. */
  static Media choose(List<String> headers) {
    if (headers == null || headers.isEmpty()) return Media.JSON;
    Match json = new Match(), xml = new Match();
    for (String header : headers) {
      for (String range : header.split(",")) {
        String[] parts = range.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) continue;
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
          String p = parts[i].strip().toLowerCase(Locale.ROOT);
          if (p.startsWith("q=")) {
            try {
              q = Double.parseDouble(p.substring(2).strip());
            } catch (NumberFormatException e) {
              throw new ApiError(400, "bad-request", M.get("bad.q.value", range.strip()));
            }
          }
        }
        if (type.equals("application/json") || type.endsWith("+json")) json.offer(3, q);
        else if (type.equals("application/xml") || type.equals("text/xml")) xml.offer(3, q);
        else if (type.equals("application/*")) {
          json.offer(2, q);
          xml.offer(2, q);
        } else if (type.equals("text/*")) {
          xml.offer(2, q);
        } else if (type.equals("*/*")) {
          json.offer(1, q);
          xml.offer(1, q);
        }
      }
    }
    if (json.q <= 0 && xml.q <= 0) {
      throw new ApiError(406, "not-acceptable", M.get("not.acceptable"));
    }
    return xml.q > json.q ? Media.XML : Media.JSON;
  }

  /** The q-value given by the most specific range that covers a type (RFC 9110: the most specific reference wins). */
  private static final class Match {
    int specificity;
    double q;

    void offer(int s, double value) {
      if (s > specificity) {
        specificity = s;
        q = value;
      } else if (s == specificity) {
        q = Math.max(q, value);
      }
    }
  }
}
