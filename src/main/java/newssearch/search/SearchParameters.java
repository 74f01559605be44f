package newssearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import newssearch.system.InvalidInputException;

/**
 * The query parameters of {@code /api/search} and {@code /api/search.csv}, as the caller sent them
 * (numbers and dates as text, so a bad one becomes a 400 that names it; the API description still
 * types them), checked into a {@link SearchQuery}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchParameters(
    @Parameter(description = "the words to find", example = "SCO digital forum Astana 2024") String q,
    @Parameter(description = "earliest publication date, YYYY-MM-DD", example = "2024-01-01") String from,
    @Parameter(description = "latest publication date, YYYY-MM-DD", example = "2024-12-31") String to,
    @Parameter(description = "outlets, any of them") List<String> source,
    @Parameter(description = "languages, any of them", example = "ru") List<String> language,
    @Parameter(description = "people who must be named") List<String> person,
    @Parameter(description = "organisations that must be named") List<String> organization,
    @Parameter(description = "places that must be named", example = "Астана") List<String> place,
    @Parameter(description = "relevance (default), date (published) or ingested (newest in the index)") String sort,
    @Parameter(description = "hits per page, 1 to 100",
        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "10"))
    String size,
    @Parameter(description = "page number from 1; page × size at most 10,000 (deeper: cursor)",
        schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
    String page,
    @Parameter(description = "the nextCursor of the previous answer, for deep paging") String cursor,
    @Parameter(description = "fold copies of a story into one hit (default true)") Boolean collapse,
    @Parameter(description = "also search English (Kazakh, Latin-lettered) words as their Russian equivalents, "
        + "and Russian words as their English and Kazakh ones (default true)") Boolean expand) {

  static final int MAX_QUERY_LENGTH = 1000;
  static final int MAX_SIZE = 100;
  /** Elasticsearch's result window: page × size beyond it needs a cursor. */
  static final int MAX_WINDOW = 10_000;

  /** The search for one page of the JSON answer. */
  public SearchQuery onePage() {
    if (cursor != null && !Cursor.valid(cursor)) {
      throw new InvalidInputException("cursor: not a cursor this service gave out");
    }
    int pageSize = number("size", size, 10, 1, MAX_SIZE);
    int pageNumber = number("page", page, 1, 1, Integer.MAX_VALUE);
    if (cursor == null && (long) pageNumber * pageSize > MAX_WINDOW) {
      throw new InvalidInputException("page: page × size may not pass " + MAX_WINDOW
          + "; page deeper with the cursor each answer gives (nextCursor)");
    }
    return query(pageSize, pageNumber, cursor);
  }

  /** The search for every row of the CSV export: paging parameters do not apply. */
  public SearchQuery everyRow() {
    return query(MAX_SIZE, 1, null);
  }

  private SearchQuery query(int pageSize, int pageNumber, String pageCursor) {
    String text = q == null ? "" : q;
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidInputException("q: at most " + MAX_QUERY_LENGTH + " characters");
    }
    return new SearchQuery(text.strip(), date("from", from), date("to", to), orEmpty(source), orEmpty(language),
        orEmpty(person), orEmpty(organization), orEmpty(place), sort(sort), pageSize, pageNumber, pageCursor,
        collapse == null || collapse, expand == null || expand);
  }

  static int number(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new InvalidInputException(name + ": a whole number from " + min
        + (max == Integer.MAX_VALUE ? " up" : " to " + max) + " expected, got '" + value + "'");
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name + ": a date as YYYY-MM-DD expected, got '" + value + "'");
    }
  }

  private static SearchQuery.Sort sort(String value) {
    if (value == null || value.isBlank()) {
      return SearchQuery.Sort.RELEVANCE;
    }
    try {
      return SearchQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("sort: 'relevance', 'date' or 'ingested' expected, got '" + value + "'");
    }
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
  }
}
