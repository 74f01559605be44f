package newssearch.engine.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code russian} analyzer: Lucene's, with its default stop words and Snowball stemmer. */
@NamedComponent("russian")
public final class RussianAnalyzerFactory implements AnalyzerFactory {
  @Override
  public Analyzer create() {
    return new RussianAnalyzer();
  }
}
