package newssearch.engine.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Runs text through standard tokenizer, lowercase and one plugin component, as an index analyzer would. */
final class Tokens {

  private Tokens() {}

  static List<String> of(TokenFilterFactory filter, String text) {
    return of(UnaryOperator.identity(), filter::create, text);
  }

  static List<String> of(UnaryOperator<Reader> charFilter, UnaryOperator<TokenStream> filter, String text) {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(charFilter.apply(new StringReader(text)));
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = filter.apply(new LowerCaseFilter(tokenizer))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
