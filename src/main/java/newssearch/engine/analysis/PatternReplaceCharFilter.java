package newssearch.engine.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** The {@code pattern_replace} char filter: every match of a Java regular expression replaced, offsets kept. */
@NamedComponent("pattern_replace")
public final class PatternReplaceCharFilter implements CharFilterFactory {

  private final Pattern pattern; // null: no pattern
  private final String replacement;

  /**
   * An empty pattern passes text through, unlike in stock Elasticsearch: the node builds every
   * stable-plugin component for every index with empty settings, whether an analyzer uses it or not.
   */
  @Inject
  public PatternReplaceCharFilter(Settings settings) {
    this.pattern = settings.pattern().isEmpty() ? null : Pattern.compile(settings.pattern());
    this.replacement = settings.replacement();
  }

  @Override
  public Reader create(Reader reader) {
    return pattern == null ? reader
        : new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(pattern, replacement, reader);
  }

  @Override
  public Reader normalize(Reader reader) {
    return create(reader);
  }

  @AnalysisSettings
  public interface Settings {
    @StringSetting(path = "pattern", defaultValue = "")
    String pattern();

    @StringSetting(path = "replacement", defaultValue = "")
    String replacement();
  }
}
