package newssearch.article;

/** The article's field names in the index (see index-mappings/news.json). */
public final class ArticleFields {
  public static final String ID = "id";
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String LEDE = "lede";
  public static final String BODY = "body";
  public static final String PUBLISHED_AT = "published_at";
  public static final String INGESTED_AT = "ingested_at";
  public static final String LANGUAGE = "language";
  public static final String PEOPLE = "people";
  public static final String ORGANIZATIONS = "organizations";
  public static final String PLACES = "places";
  public static final String TAGS = "tags";
  public static final String CONTENT_HASH = "content_hash";
  public static final String DUPLICATE_OF = "duplicate_of";
  public static final String STORY = "story";
  public static final String HAS_COPIES = "has_copies";
  public static final String MINHASH = "minhash";
  /** Not in the article: the index copies title, lede and body into it, for spelling corrections. */
  public static final String SPELLING = "spelling";

  private ArticleFields() {}
}
