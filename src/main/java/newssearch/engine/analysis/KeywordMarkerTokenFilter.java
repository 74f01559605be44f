package newssearch.engine.analysis;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The {@code keyword_marker} token filter: the listed words (or words matching a pattern) are
 * marked so that stemmers after it leave them as they are. Without words or pattern (as the node
 * builds every plugin component for every index) it passes tokens through.
 */
@NamedComponent("keyword_marker")
public final class KeywordMarkerTokenFilter implements TokenFilterFactory {

  private final CharArraySet keywords;
  private final Pattern pattern;

  @Inject
  public KeywordMarkerTokenFilter(Settings settings) {
    if (!settings.keywords().isEmpty() && !settings.keywordsPattern().isEmpty()) {
      throw new IllegalArgumentException("keyword_marker: give [keywords] or [keywords_pattern], not both");
    }
    this.keywords = settings.keywords().isEmpty() ? null : new CharArraySet(settings.keywords(), settings.ignoreCase());
    this.pattern = settings.keywordsPattern().isEmpty() ? null : Pattern.compile(settings.keywordsPattern());
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    if (keywords != null) {
      return new SetKeywordMarkerFilter(tokenStream, keywords);
    }
    return pattern == null ? tokenStream : new PatternKeywordMarkerFilter(tokenStream, pattern);
  }

  @AnalysisSettings
  public interface Settings {
    @ListSetting(path = "keywords")
    List<String> keywords();

    @StringSetting(path = "keywords_pattern", defaultValue = "")
    String keywordsPattern();

    @BooleanSetting(path = "ignore_case", defaultValue = false)
    boolean ignoreCase();
  }
}
