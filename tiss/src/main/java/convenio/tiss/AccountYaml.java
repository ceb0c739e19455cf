package convenio.tiss;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import convenio.model.Account;
import convenio.model.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The YAML/JSON form of an {@link Account}, for hand-written test accounts, accounts written inline in the analysts'
 * test cases, and for exchanging accounts without TISS (docs/account-format.md). Keys are the names of the model's
 * record components, in camelCase (as written here) or snake_case; dates are ISO ({@code 2026-03-10},
 * {@code 16:30:00}); money is written as Brazilian text ({@code "R$ 1.234,56"}) or plain numbers ({@code 1234.56}),
 * and both are accepted on input, never through a double. Reading reports every mistake with its line (unknown keys
 * too: a typo must not silently drop a value) and fills in what hand-written accounts may leave out (see
 * {@link AccountYamlReader}). Writing is Jackson's.
 */
public final class AccountYaml {
  /** How money is written; reading accepts both. */
  public enum MoneyStyle { BRAZILIAN, PLAIN }

  private AccountYaml() {}

  /**
   * An account read, or every mistake found, each "file:line:column: message" (the file left out when there is
   * none); {@code account} is null when there are mistakes.
   */
  public record Read(Account account, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }

    /** The account, or an IllegalArgumentException with the first mistake (and how many more there are). */
    public Account orThrow() {
      if (ok()) return account;
      String more = problems.size() > 1 ? TissTexts.M.get("account.more", problems.size() - 1) : "";
      throw new IllegalArgumentException(problems.get(0) + more);
    }
  }

  /**
   * Reads YAML text that starts at line {@code firstLine} of {@code file}: an account written inline in a test
   * case, or a whole file (line 1). Never throws: mistakes come back with their line in {@code file}.
   */
  public static Read parseYaml(String text, Path file, int firstLine) {
    return AccountYamlReader.read(text, false, file, firstLine);
  }

  public static Read parseJson(String text, Path file) {
    return AccountYamlReader.read(text, true, file, 1);
  }

  /** Reads a {@code .json} file as JSON and anything else as YAML; never throws for what the file says. */
  public static Read parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(TissTexts.M.get("file.unreadable", file), e);
    }
    return isJson(file) ? parseJson(text, file) : parseYaml(text, file, 1);
  }

  public static Account readYaml(String text) {
    return parseYaml(text, null, 1).orThrow();
  }

  public static Account readYaml(InputStream in) {
    return readYaml(text(in));
  }

  public static Account readJson(String text) {
    return parseJson(text, null).orThrow();
  }

  public static Account readJson(InputStream in) {
    return readJson(text(in));
  }

  /** Reads a {@code .json} file as JSON and anything else ({@code .yaml}, {@code .yml}) as YAML. */
  public static Account read(Path file) {
    return parse(file).orThrow();
  }

  private static String text(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      throw new UncheckedIOException(TissTexts.M.get("file.unwritable", file), e);
    }
  }

  private static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase().endsWith(".json");
  }

  private static String write(ObjectMapper mapper, Account account) {
    try {
      return mapper.writeValueAsString(account);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(TissTexts.M.get("account.unserializable", e.getOriginalMessage()), e);
    }
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

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M configure(
      B builder, MoneyStyle style) {
    SimpleModule money = new SimpleModule("convenio-money");
    money.addSerializer(Money.class, new MoneySerializer(style));
    M mapper = builder
        .addModule(new JavaTimeModule())
        .addModule(money)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
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
}
