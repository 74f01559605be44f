package newssearch.engine.analysis;

import java.io.Reader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** The {@code mapping} char filter: inline {@code "key => value"} rules, escapes as Elasticsearch reads them. */
@NamedComponent("mapping")
public final class MappingCharFilter implements CharFilterFactory {

  private static final Pattern RULE = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");

  private final NormalizeCharMap map; // null: no rules

  @Inject
  public MappingCharFilter(Settings settings) {
    this.map = parse(settings.mappings());
  }

  /**
   * Parses the rules. No rules is allowed, unlike in stock Elasticsearch: the node builds every
   * stable-plugin component for every index with empty settings, whether an analyzer uses it or not.
   */
  static NormalizeCharMap parse(List<String> rules) {
    if (rules.isEmpty()) {
      return null;
    }
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (String rule : rules) {
      Matcher m = RULE.matcher(rule);
      if (!m.find()) {
        throw new IllegalArgumentException("mapping: invalid rule [" + rule + "]");
      }
      String key = unescape(m.group(1).trim());
      if (key.isEmpty()) {
        throw new IllegalArgumentException("mapping: empty key in rule [" + rule + "]");
      }
      builder.add(key, unescape(m.group(2).trim()));
    }
    return builder.build();
  }

  /** Resolves {@code \\uXXXX}, {@code \\n}, {@code \\t}, {@code \\r}, {@code \\b}, {@code \\f} and {@code \\<char>}. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (i + 4 >= s.length()) {
            throw new IllegalArgumentException("mapping: invalid \\u escape in [" + s + "]");
          }
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  @Override
  public Reader create(Reader reader) {
    return map == null ? reader : new org.apache.lucene.analysis.charfilter.MappingCharFilter(map, reader);
  }

  @Override
  public Reader normalize(Reader reader) {
    return create(reader);
  }

  @AnalysisSettings
  public interface Settings {
    @ListSetting(path = "mappings")
    List<String> mappings();
  }
}
