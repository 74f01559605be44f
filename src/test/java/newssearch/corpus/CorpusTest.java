package newssearch.corpus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class of the corpus suite: it reads the public corpora from {@code NEWS_CORPUS_DIR}, which
 * a clone of the project does not have. The default build leaves these classes out; {@code -Pcorpus}
 * runs only them, and each fails before its first test when the folder is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Corpora.TAG)
@ExtendWith(Corpora.RequirePresent.class)
public @interface CorpusTest {}
