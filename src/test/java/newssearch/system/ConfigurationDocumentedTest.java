package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Every {@code news.*} key the configuration processor describes (from the
 * {@code @ConfigurationProperties} records) is in the README's configuration table, and the table
 * names no key that does not exist. The table is any Markdown table whose first column holds the
 * key in backticks, one key per row: {@code | `news.web.numbered-pages` | … |}.
 */
class ConfigurationDocumentedTest {

  private static final Pattern FIRST_CELL_KEYS = Pattern.compile("`(news\\.[a-z0-9.-]+)`");

  @Test
  void everyNewsKeyHasADescriptionInTheMetadata() throws IOException {
    JsonNode properties = newsProperties();
    assertThat(properties).isNotEmpty();
    for (JsonNode property : properties) {
      assertThat(property.path("description").asText()).as(property.get("name").asText()).isNotBlank();
    }
  }

  @Test
  void everyKeyInApplicationYmlIsInTheMetadata() throws IOException {
    assertThat(metadataKeys()).containsAll(applicationYml().keySet());
  }

  /**
   * The processor takes a record's primitive components for defaults of 0 and false; the real
   * defaults are application.yml's, given to the metadata by additional-spring-configuration-metadata.json.
   */
  @Test
  void theMetadataDefaultsAreApplicationYmls() throws IOException {
    Map<String, String> configured = applicationYml();
    for (JsonNode property : newsProperties()) {
      String key = property.get("name").asText();
      String value = configured.getOrDefault(key, "");
      JsonNode metadataDefault = property.path("defaultValue");
      if (value.isEmpty() || value.contains("${")) {
        assertThat(metadataDefault.isMissingNode()).as(key + " has no default").isTrue();
      } else {
        List<String> items = new ArrayList<>();
        metadataDefault.forEach(item -> items.add(item.asText()));
        String declared = metadataDefault.isArray() ? String.join(",", items) : metadataDefault.asText();
        assertThat(declared).as(key).isEqualTo(value);
      }
    }
  }

  /** The {@code news.*} keys of application.yml and their values, a list's items joined by commas. */
  private static Map<String, String> applicationYml() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    Map<String, String> values = new TreeMap<>();
    // Numbers and booleans stay numbers and booleans here, which Properties.getProperty does not return.
    new TreeMap<>(yaml.getObject()).forEach((key, value) -> {
      if (key.toString().startsWith("news.")) {
        values.merge(key.toString().replaceAll("\\[\\d+]$", ""), String.valueOf(value), (a, b) -> a + "," + b);
      }
    });
    return values;
  }

  @Test
  void theReadmeConfigurationTableListsEveryNewsKey() throws IOException {
    assertThat(readmeTableKeys()).containsAll(metadataKeys());
  }

  @Test
  void theReadmeConfigurationTableListsOnlyKeysThatExist() throws IOException {
    assertThat(metadataKeys()).containsAll(readmeTableKeys());
  }

  /** The {@code news.*} keys in the first cell of every Markdown table row of README.md. */
  private static Set<String> readmeTableKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      String row = line.strip();
      if (!row.startsWith("|")) {
        continue;
      }
      int end = row.indexOf('|', 1);
      Matcher key = FIRST_CELL_KEYS.matcher(end < 0 ? row.substring(1) : row.substring(1, end));
      while (key.find()) {
        keys.add(key.group(1));
      }
    }
    return keys;
  }

  private static Set<String> metadataKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    newsProperties().forEach(p -> keys.add(p.get("name").asText()));
    return keys;
  }

  /** The processor's output for this project; other jars on the class path carry their own metadata file. */
  private static JsonNode newsProperties() throws IOException {
    ObjectMapper json = new ObjectMapper();
    var properties = json.createArrayNode();
    for (URL url : Collections.list(ConfigurationDocumentedTest.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        json.readTree(in).path("properties").forEach(p -> {
          if (p.get("name").asText().startsWith("news.")) {
            properties.add(p);
          }
        });
      }
    }
    return properties;
  }
}
