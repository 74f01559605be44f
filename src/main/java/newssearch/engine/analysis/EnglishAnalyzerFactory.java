package newssearch.engine.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code english} analyzer: Lucene's, with its default stop words and Porter stemmer. */
@NamedComponent("english")
public final class EnglishAnalyzerFactory implements AnalyzerFactory {
  @Override
  public Analyzer create() {
    return new EnglishAnalyzer();
  }
}
