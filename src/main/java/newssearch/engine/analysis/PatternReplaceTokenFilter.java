package newssearch.engine.analysis;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The {@code pattern_replace} token filter: matches of a Java regular expression in each token
 * replaced (every match, or with {@code all: false} the first). Without a pattern (as the node builds
 * every plugin component for every index) it passes tokens through.
 */
@NamedComponent("pattern_replace")
public final class PatternReplaceTokenFilter implements TokenFilterFactory {

  private final Pattern pattern; // null: no pattern
  private final String replacement;
  private final boolean all;

  @Inject
  public PatternReplaceTokenFilter(Settings settings) {
    this.pattern = settings.pattern().isEmpty() ? null : Pattern.compile(settings.pattern());
    this.replacement = settings.replacement();
    this.all = settings.all();
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return pattern == null ? tokenStream : new PatternReplaceFilter(tokenStream, pattern, replacement, all);
  }

  @AnalysisSettings
  public interface Settings {
    @StringSetting(path = "pattern", defaultValue = "")
    String pattern();

    @StringSetting(path = "replacement", defaultValue = "")
    String replacement();

    @BooleanSetting(path = "all", defaultValue = true)
    boolean all();
  }
}
