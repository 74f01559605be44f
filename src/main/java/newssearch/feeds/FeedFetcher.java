package newssearch.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * One HTTP GET of a feed or an article page, conditional when validators are known. Redirects are
 * followed here rather than by the client, so a loop is told from a long chain and reported as such.
 * Any answer but 200 and 304 is a failure.
 */
final class FeedFetcher {

  private static final int MAX_REDIRECTS = 5;
  private static final int MAX_BYTES = 20 << 20;

  /**
   * @param notModified the server answered 304: nothing changed since the validators
   * @param url         where the content finally came from, after redirects
   */
  record Response(boolean notModified, byte[] body, String etag, String lastModified, URI url) {}

  /** A fetch that failed; the message is what the feed's status shows. */
  static final class FetchFailedException extends IOException {
    FetchFailedException(String message) {
      super(message);
    }
  }

  private final HttpClient http;
  private final Duration timeout;

  FeedFetcher(Duration timeout) {
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
  }

  Response fetch(URI url, String etag, String lastModified) throws IOException, InterruptedException {
    Set<URI> visited = new HashSet<>();
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!visited.add(current)) {
        throw new FetchFailedException("redirect loop at " + current);
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(current).timeout(timeout)
          .header("User-Agent", "news-search feed follower")
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      HttpResponse<InputStream> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new FetchFailedException("no answer within " + timeout.toSeconds() + " s");
      } catch (ConnectException e) {
        throw new FetchFailedException("cannot connect to " + current.getHost()
            + (current.getPort() < 0 ? "" : ":" + current.getPort()));
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        response.body().close();
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new FetchFailedException("HTTP " + status + " without a Location"));
        current = current.resolve(location);
        continue;
      }
      try (InputStream body = response.body()) {
        if (status == 304) {
          return new Response(true, new byte[0], etag, lastModified, current);
        }
        if (status != 200) {
          throw new FetchFailedException("HTTP " + status);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new FetchFailedException("more than " + (MAX_BYTES >> 20) + " MB");
        }
        return new Response(false, bytes, response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null), current);
      }
    }
    throw new FetchFailedException("more than " + MAX_REDIRECTS + " redirects");
  }
}
