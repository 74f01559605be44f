package newssearch.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A file fetched once from a package registry into the cache, kept only if its digest is the expected one. */
final class VerifiedDownload {

  private static final Logger log = LoggerFactory.getLogger(VerifiedDownload.class);
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(Duration.ofSeconds(20)).build();

  private VerifiedDownload() {}

  /**
   * Downloads {@code url} to {@code target} unless it is there already; a download whose
   * {@code algorithm} digest (hex) differs from {@code expectedHex} is discarded.
   */
  static Path fetch(String url, Path target, String algorithm, String expectedHex) throws IOException {
    if (Files.isRegularFile(target)) {
      return target;
    }
    log.info("Downloading " + url);
    Files.createDirectories(target.getParent());
    Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try {
      HttpResponse<Path> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofFile(partial));
      if (response.statusCode() != 200) {
        throw new IOException("download of " + url + " answered HTTP " + response.statusCode());
      }
      if (!digest(algorithm, Files.readAllBytes(partial)).equalsIgnoreCase(expectedHex)) {
        throw new IOException("checksum mismatch for " + url);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** A small text file, such as the checksum Maven Central publishes beside an artifact. */
  static String text(String url) throws IOException {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("download of " + url + " answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    }
  }

  static String digest(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
