package newssearch.engine.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;
import org.tartarus.snowball.ext.RussianStemmer;

/** The {@code stemmer} token filter, for the languages the project's mappings use. */
@NamedComponent("stemmer")
public final class StemmerTokenFilter implements TokenFilterFactory {

  private final UnaryOperator<TokenStream> stemmer;

  @Inject
  public StemmerTokenFilter(Settings settings) {
    this.stemmer = forLanguage(settings.language());
  }

  static UnaryOperator<TokenStream> forLanguage(String language) {
    // The same Lucene filter analysis-common picks for each language name.
    return switch (language) {
      case "russian" -> in -> new SnowballFilter(in, new RussianStemmer());
      case "light_russian" -> RussianLightStemFilter::new;
      case "english", "porter" -> PorterStemFilter::new;
      case "light_english", "kstem" -> KStemFilter::new;
      case "minimal_english" -> EnglishMinimalStemFilter::new;
      case "possessive_english" -> EnglishPossessiveFilter::new;
      default -> throw new IllegalArgumentException(
          "stemmer: language [" + language + "] is not provided by the embedded engine's plugin");
    };
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return stemmer.apply(tokenStream);
  }

  @AnalysisSettings
  public interface Settings {
    @StringSetting(path = "language", defaultValue = "english")
    String language();
  }
}
