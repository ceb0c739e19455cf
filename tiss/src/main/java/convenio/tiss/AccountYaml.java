package convenio.tiss;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.Item;
import convenio.model.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The YAML/JSON form of an {@link Account}, for hand-written test accounts and for exchanging accounts without TISS.
 * Keys are the names of the model's record components (see docs/account-format.md); dates are ISO
 * ({@code 2026-03-10}, {@code 16:30:00}); money is written as Brazilian text ({@code "R$ 1.234,56"}) or plain numbers
 * ({@code 1234.56}), and both are accepted on input, never through a double. Unknown keys are errors (a typo must not
 * silently drop a value). On reading, an item without {@code seq} gets its position and one without
 * {@code totalValue} gets unitValue × quantity (rounded half up, as {@link Item#of} does).
 */
public final class AccountYaml {
  /** How money is written; reading accepts both. */
  public enum MoneyStyle { BRAZILIAN, PLAIN }

  private AccountYaml() {}

  public static Account readYaml(String text) {
    return read(() -> yaml(MoneyStyle.BRAZILIAN).readValue(text, Account.class), "YAML");
  }

  public static Account readYaml(InputStream in) {
    return read(() -> yaml(MoneyStyle.BRAZILIAN).readValue(in, Account.class), "YAML");
  }

  public static Account readJson(String text) {
    return read(() -> json(MoneyStyle.BRAZILIAN).readValue(text, Account.class), "JSON");
  }

  public static Account readJson(InputStream in) {
    return read(() -> json(MoneyStyle.BRAZILIAN).readValue(in, Account.class), "JSON");
  }

  /** Reads a {@code .json} file as JSON and anything else ({@code .yaml}, {@code .yml}) as YAML. */
  public static Account read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return isJson(file) ? readJson(in) : readYaml(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  public static String writeYaml(Account account) {
    return writeYaml(account, MoneyStyle.BRAZILIAN);
  }

  public static String writeYaml(Account account, MoneyStyle style) {
    return write(yaml(style), account);
  }

  public static String writeJson(Account account) {
    return writeJson(account, MoneyStyle.BRAZILIAN);
  }

  public static String writeJson(Account account, MoneyStyle style) {
    return write(json(style), account);
  }

  public static void write(Account account, Path file, MoneyStyle style) {
    try {
      Files.writeString(file, isJson(file) ? writeJson(account, style) : writeYaml(account, style));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase().endsWith(".json");
  }

  private static String write(ObjectMapper mapper, Account account) {
    try {
      return mapper.writeValueAsString(account);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the account: " + e.getOriginalMessage(), e);
    }
  }

  private interface Reading {
    Account read() throws IOException;
  }

  private static Account read(Reading reading, String format) {
    try {
      return complete(reading.read());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
          + ": ";
      String path = e instanceof JsonMappingException m ? path(m) : "";
      throw new IllegalArgumentException(where + "not a valid account in " + format + ": " + path
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where in the account the problem is, as keys and indexes: {@code guides[0].items[2].unitValue: }. */
  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
    }
    return sb.length() == 0 ? "" : sb + ": ";
  }

  /** Fills what hand-written accounts may leave out: item positions and totals. */
  private static Account complete(Account a) {
    List<Guide> guides = new ArrayList<>();
    for (Guide g : a.guides()) {
      List<Item> items = new ArrayList<>();
      int pos = 0;
      for (Item i : g.items()) {
        pos++;
        Item it = i.seq() == 0 ? i.withSeq(pos) : i;
        if (it.totalValue() == null && it.unitValue() != null && it.quantity() != null) {
          it = it.withQuantityAndValues(it.quantity(), it.unitValue(),
              it.unitValue().times(it.quantity(), RoundingMode.HALF_UP), it.date());
        }
        items.add(it);
      }
      guides.add(g.withItems(items));
    }
    return new Account(a.loteNumber(), a.tissVersion(), a.operatorAns(), a.provider(), a.sentOn(), guides);
  }

  static ObjectMapper yaml(MoneyStyle style) {
    YAMLFactory f = YAMLFactory.builder()
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // codes such as "00" stay text
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .build();
    return configure(YAMLMapper.builder(f), style);
  }

  static ObjectMapper json(MoneyStyle style) {
    return configure(JsonMapper.builder(), style);
  }

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> M configure(
      B builder, MoneyStyle style) {
    SimpleModule money = new SimpleModule("convenio-money");
    money.addSerializer(Money.class, new MoneySerializer(style));
    money.addDeserializer(Money.class, new MoneyDeserializer());
    M mapper = builder
        .addModule(new JavaTimeModule())
        .addModule(money)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS) // "procedure", "daily_rate" as the language writes them
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .build();
    return mapper;
  }

  private static final class MoneySerializer extends JsonSerializer<Money> {
    private final MoneyStyle style;

    MoneySerializer(MoneyStyle style) {
      this.style = style;
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      if (style == MoneyStyle.PLAIN) gen.writeNumber(value.toBigDecimal());
      else gen.writeString(value.format());
    }
  }

  private static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      try {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          BigDecimal v = new BigDecimal(p.getText()); // from the text: never through a double
          return Money.of(v);
        }
        if (t == JsonToken.VALUE_STRING) return Money.parse(p.getText());
      } catch (NumberFormatException | ArithmeticException e) {
        return (Money) ctxt.handleWeirdStringValue(Money.class, p.getText(),
            "not a money value (write R$ 1.234,56 or 1234.56, at most 2 decimal places)");
      }
      return (Money) ctxt.handleUnexpectedToken(Money.class, p);
    }
  }
}
