package newssearch.engine.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * The {@code synonym_graph} token filter with inline {@code synonyms} in Solr format.
 *
 * <p>Stock Elasticsearch parses the rules with the analysis chain that precedes the filter. The
 * stable plugin API shows a component nothing of that chain, so the rules are parsed with the
 * {@code standard} tokenizer and {@code lowercase}: the filter must sit right after
 * {@code lowercase} for both engines to agree (a rule such as {@code астана, нур-султан} then
 * matches the tokens {@code нур} {@code султан}).
 */
@NamedComponent("synonym_graph")
public final class SynonymGraphTokenFilter implements TokenFilterFactory {

  private final SynonymMap synonyms;

  @Inject
  public SynonymGraphTokenFilter(Settings settings) {
    this.synonyms = parse(settings.synonyms(), settings.expand(), settings.lenient());
  }

  static SynonymMap parse(List<String> rules, boolean expand, boolean lenient) {
    try (Analyzer ruleAnalyzer = new StandardLowercaseAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
      for (String rule : rules) {
        try {
          parser.parse(new StringReader(rule));
        } catch (ParseException | IllegalArgumentException e) {
          if (!lenient) {
            throw new IllegalArgumentException("synonym_graph: invalid rule [" + rule + "]: " + e.getMessage(), e);
          }
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Without rules (as the node builds every plugin component for every index) the filter passes tokens through. */
  @Override
  public TokenStream create(TokenStream tokenStream) {
    return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, false);
  }

  @AnalysisSettings
  public interface Settings {
    @ListSetting(path = "synonyms")
    List<String> synonyms();

    @BooleanSetting(path = "expand", defaultValue = true)
    boolean expand();

    @BooleanSetting(path = "lenient", defaultValue = false)
    boolean lenient();
  }

  private static final class StandardLowercaseAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }
  }
}
