package newssearch.saved;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import newssearch.search.SearchParameters;
import newssearch.search.SearchQuery;
import newssearch.search.SearchResult;
import newssearch.search.SearchService;
import newssearch.system.InvalidInputException;
import newssearch.system.NotFoundException;
import org.springframework.stereotype.Service;

/** Saving, listing and removing saved searches, and what each has found since a time. */
@Service
public class SavedSearches {

  private static final int MAX_NAME = 200;
  private static final int MAX_RECIPIENTS = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * What a caller asks to save.
   *
   * @param webhook where new matches are POSTed; its secret is made up when not given
   * @param email   addresses new matches are mailed to
   */
  public record SaveRequest(String name, SearchParameters search, SavedSearch.Webhook webhook, List<String> email) {}

  private final SavedSearchStore store;
  private final SearchService search;

  SavedSearches(SavedSearchStore store, SearchService search) {
    this.store = store;
    this.search = search;
  }

  /** Checks and stores it; the answer holds the webhook's secret, the only time it is shown. */
  public SavedSearch save(SaveRequest request) throws IOException {
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new InvalidInputException("name: 1 to " + MAX_NAME + " characters");
    }
    if (request.search() == null) {
      throw new InvalidInputException("search: the parameters of /api/search expected, e.g. {\"q\": \"ШОС\"}");
    }
    SearchParameters p = request.search();
    SearchParameters kept = new SearchParameters(p.q(), p.from(), p.to(), p.source(), p.language(), p.person(),
        p.organization(), p.place(), null, null, null, null, p.collapse(), p.expand());
    kept.onePage(); // a search that /api/search would refuse is refused here, with the same message
    SavedSearch.Webhook webhook = webhook(request.webhook());
    List<String> email = email(request.email());
    SavedSearch saved = new SavedSearch(newId(), name, kept, webhook, email, Instant.now(), null);
    store.create(saved);
    return saved;
  }

  public void delete(String id) throws IOException {
    if (!store.delete(id)) {
      throw new NotFoundException("no saved search with id " + id);
    }
  }

  public SavedSearch get(String id) throws IOException {
    return store.find(id).orElseThrow(() -> new NotFoundException("no saved search with id " + id));
  }

  public List<SavedSearch> all() throws IOException {
    return store.all();
  }

  /** How many articles stored after {@code since} it finds (copies of one story counted once). */
  public long newSince(SavedSearch saved, Instant since) throws IOException {
    return search.hits(saved.query().ingestedBetween(since, null, 1)).total();
  }

  /** Its newest matches in the index, for its Atom feed. */
  public SearchResult newest(SavedSearch saved, int size) throws IOException {
    return search.hits(saved.query().newestFirst(size));
  }

  /** The query string of the search, for links to the page, the API and the feed. */
  public static String queryString(SavedSearch saved) {
    return QueryString.of(saved.search());
  }

  private static SavedSearch.Webhook webhook(SavedSearch.Webhook given) {
    if (given == null) {
      return null;
    }
    try {
      URI url = URI.create(given.url() == null ? "" : given.url().strip());
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("webhook.url: an http or https URL expected");
    }
    String secret = given.secret() == null || given.secret().isBlank() ? randomHex(32) : given.secret();
    return new SavedSearch.Webhook(given.url().strip(), secret);
  }

  private static List<String> email(List<String> given) {
    if (given == null) {
      return List.of();
    }
    if (given.size() > MAX_RECIPIENTS) {
      throw new InvalidInputException("email: at most " + MAX_RECIPIENTS + " addresses");
    }
    List<String> addresses = new ArrayList<>();
    for (String address : given) {
      String a = address == null ? "" : address.strip();
      if (!a.matches("[^@\\s<>,]+@[^@\\s<>,]+")) {
        throw new InvalidInputException("email: '" + address + "' is not an e-mail address");
      }
      addresses.add(a);
    }
    return addresses;
  }

  private static String newId() {
    return randomHex(8);
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
