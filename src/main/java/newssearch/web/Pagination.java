package newssearch.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The page links under the results: numbers for the first pages, then "more", which goes on with
 * the cursor of the page shown (deep pages are not counted by number: Elasticsearch would have to
 * collect every hit before them).
 *
 * @param numbers  the numbered pages, the current one marked
 * @param previous the page before, or null
 * @param next     the page after (a number while there is one, else the cursor), or null
 * @param more     true when {@code next} continues by cursor
 */
record Pagination(List<PageLink> numbers, String previous, String next, boolean more) {

  record PageLink(int number, String url, boolean current) {}

  static Pagination of(SearchLinks links, long total, int size, int page, boolean onCursor, String nextCursor,
      int numberedPages) {
    if (onCursor) {
      return new Pagination(List.of(), links.page(1), nextCursor == null ? null : links.cursor(nextCursor), true);
    }
    long pagesWithHits = (total + size - 1) / size;
    int last = (int) Math.min(numberedPages, pagesWithHits);
    List<PageLink> numbers = new ArrayList<>();
    for (int n = 1; n <= last && last > 1; n++) {
      numbers.add(new PageLink(n, links.page(n), n == page));
    }
    String previous = page > 1 ? links.page(page - 1) : null;
    String next = null;
    boolean more = false;
    if (page < last) {
      next = links.page(page + 1);
    } else if (nextCursor != null && page < pagesWithHits) {
      next = links.cursor(nextCursor);
      more = true;
    }
    return new Pagination(numbers, previous, next, more);
  }
}
