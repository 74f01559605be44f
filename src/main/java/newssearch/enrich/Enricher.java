package newssearch.enrich;

import java.util.List;
import newssearch.article.Article;

/**
 * Adds what the text implies to an article: its language (detected; a declared language is kept
 * when the text is too short to tell), the people, organisations and places it names, and, for a
 * copy of a story seen earlier, the id of the first copy (for a first copy, its near-duplicate
 * signature). The same code runs at ingest and at reindex.
 */
public final class Enricher {

  private final LanguageDetector languages = new LanguageDetector();
  private final NearDuplicates duplicates;
  private final EntityMatcher entities;

  /** @param duplicates the stories seen so far, which this enricher adds to */
  public Enricher(EntityMatcher entities, NearDuplicates duplicates) {
    this.entities = entities;
    this.duplicates = duplicates;
  }

  public Article enrich(Article article) {
    String text = article.fullText();
    String detected = languages.detect(text);
    String language = detected.equals(LanguageDetector.UNDETERMINED) && article.language() != null
        ? article.language() : detected;
    int[] signature = NearDuplicates.signature(article.storyText());
    String firstCopy = duplicates.firstCopyOf(article.id(), signature).orElse(null);
    List<Entity> named = entities.find(text, language.equals("kk"));
    // A first copy keeps its signature, so a later process knows its story without reading its text.
    String stored = firstCopy == null && signature != null ? NearDuplicates.encoded(signature) : null;
    return article.withLanguage(language).withStory(firstCopy, stored)
        .withEntities(names(named, Entity.Type.PER), names(named, Entity.Type.ORG), names(named, Entity.Type.LOC));
  }

  private static List<String> names(List<Entity> entities, Entity.Type type) {
    return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }
}
