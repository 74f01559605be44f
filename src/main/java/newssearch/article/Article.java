package newssearch.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A cleaned, enriched news article as the index stores it. The index is the system of record: a
 * reindex reads these back and runs enrichment again.
 *
 * @param id            stable id: from the canonical URL, or from the content when there is none
 * @param url           the canonical URL, or null
 * @param source        the outlet (a domain or a channel name)
 * @param title         the headline
 * @param lede          the first paragraph
 * @param body          the paragraphs after the lede, separated by blank lines
 * @param publishedAt   when the outlet published it, if known
 * @param ingestedAt    when this service first stored it
 * @param language      ISO 639-1 code: ru, en, kk, uk, or und
 * @param people        canonical names of the people it mentions
 * @param organizations canonical names of the organisations it mentions
 * @param places        canonical names of the places it mentions
 * @param tags          the outlet's own tags or topics
 * @param contentHash   hash of title, lede and body: tells a changed article from an unchanged one
 * @param duplicateOf   the id of the first copy of the same story, when this is a near-duplicate
 * @param hasCopies     true on a first copy once a later article was found to be a copy of it (set by
 *                      the writer after the copy is stored); null otherwise. Search folds a story's
 *                      copies with one more request only for the stories that have them
 * @param minhash       a first copy's near-duplicate signature (Base64; see NearDuplicates), so a later
 *                      process knows the story from doc values; null on a copy and on a short text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = ArticleFields.STORY, allowGetters = true)
public record Article(
    @JsonProperty(ArticleFields.ID) String id,
    @JsonProperty(ArticleFields.URL) String url,
    @JsonProperty(ArticleFields.SOURCE) String source,
    @JsonProperty(ArticleFields.TITLE) String title,
    @JsonProperty(ArticleFields.LEDE) String lede,
    @JsonProperty(ArticleFields.BODY) String body,
    @JsonProperty(ArticleFields.PUBLISHED_AT) Instant publishedAt,
    @JsonProperty(ArticleFields.INGESTED_AT) Instant ingestedAt,
    @JsonProperty(ArticleFields.LANGUAGE) String language,
    @JsonProperty(ArticleFields.PEOPLE) List<String> people,
    @JsonProperty(ArticleFields.ORGANIZATIONS) List<String> organizations,
    @JsonProperty(ArticleFields.PLACES) List<String> places,
    @JsonProperty(ArticleFields.TAGS) List<String> tags,
    @JsonProperty(ArticleFields.CONTENT_HASH) String contentHash,
    @JsonProperty(ArticleFields.DUPLICATE_OF) String duplicateOf,
    @JsonProperty(ArticleFields.HAS_COPIES) Boolean hasCopies,
    @JsonProperty(ArticleFields.MINHASH) String minhash) {

  public Article withEntities(List<String> people, List<String> organizations, List<String> places) {
    return new Article(id, url, source, title, lede, body, publishedAt, ingestedAt, language, people, organizations,
        places, tags, contentHash, duplicateOf, hasCopies, minhash);
  }

  public Article withLanguage(String language) {
    return new Article(id, url, source, title, lede, body, publishedAt, ingestedAt, language, people, organizations,
        places, tags, contentHash, duplicateOf, hasCopies, minhash);
  }

  /** The story it tells: a copy's first copy, or (for a first copy) its near-duplicate signature. */
  public Article withStory(String duplicateOf, String minhash) {
    return new Article(id, url, source, title, lede, body, publishedAt, ingestedAt, language, people, organizations,
        places, tags, contentHash, duplicateOf, hasCopies, minhash);
  }

  /** The same article written without its signature: into an index whose mapping predates it. */
  public Article withoutMinhash() {
    return minhash == null ? this : new Article(id, url, source, title, lede, body, publishedAt, ingestedAt, language,
        people, organizations, places, tags, contentHash, duplicateOf, hasCopies, null);
  }

  public Article withHasCopies(Boolean hasCopies) {
    return new Article(id, url, source, title, lede, body, publishedAt, ingestedAt, language, people, organizations,
        places, tags, contentHash, duplicateOf, hasCopies, minhash);
  }

  /** Whether the story this article tells has other copies in the index, as far as the index knows. */
  public boolean inStoryWithCopies() {
    return duplicateOf != null || Boolean.TRUE.equals(hasCopies);
  }

  /**
   * The story this article tells: the id of its first copy, or its own id when it is the first.
   * Written to the index (and derived again when read) so search can fold the copies into one hit.
   */
  @JsonProperty(ArticleFields.STORY)
  public String story() {
    return duplicateOf != null ? duplicateOf : id;
  }

  /**
   * Lede and body as one text: what near-duplicate detection hashes, when an article is enriched and
   * when a stored story is read back, so the two signatures agree.
   */
  public String storyText() {
    return (lede == null ? "" : lede) + "\n" + (body == null ? "" : body);
  }

  /** Title, lede and body as one text, for enrichment. */
  public String fullText() {
    return String.join("\n\n", title, lede == null ? "" : lede, body == null ? "" : body);
  }
}
