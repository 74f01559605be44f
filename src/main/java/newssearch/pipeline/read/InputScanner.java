package newssearch.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import newssearch.system.InvalidInputException;

/**
 * Expands the command line's inputs into the files to read: folders recursively (in name order, so
 * runs are repeatable), zip archives entry by entry. Files that sit beside articles in corpora but
 * are not articles (annotations, licences, provenance notes) are counted as skipped, not rejected.
 */
public final class InputScanner {

  private static final Set<String> NOT_ARTICLES = Set.of("ann", "out", "tokens", "spans", "objects", "facts",
      "coref", "conf", "md", "pdf", "png", "jpg", "jpeg", "gif", "webp", "sha1", "sha256", "md5", "log");
  private static final List<String> NOTES = List.of("provenance", "license", "licence", "readme", "notice", "copying");

  /**
   * What the inputs expand to.
   *
   * @param files    the files to read, in order
   * @param skipped  files left out as not articles
   * @param problems inputs that cannot be listed, and archives that cannot be read
   */
  public record Inputs(List<InputFile> files, List<String> skipped, List<Rejection> problems) {
    public long totalBytes() {
      return files.stream().mapToLong(InputFile::size).sum();
    }
  }

  /**
   * Refuses a command line naming a file or folder that is not there, before anything is read: a
   * mistyped path is the command's mistake, not a bad record, and a rebuild from files without it
   * would drop the articles it holds.
   */
  public static void requireExisting(List<String> inputs) {
    List<String> missing = new ArrayList<>();
    for (String input : inputs) {
      if (!isUrl(input) && !exists(input)) {
        missing.add(input);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException("no such file or folder: " + String.join(", ", missing));
    }
  }

  private static boolean isUrl(String input) {
    return input.startsWith("http://") || input.startsWith("https://");
  }

  private static boolean exists(String input) {
    try {
      return Files.exists(Path.of(input));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The files the inputs name, every one of which must exist ({@link #requireExisting}). */
  public Inputs scan(List<String> inputs) {
    requireExisting(inputs);
    List<InputFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Rejection> problems = new ArrayList<>();
    for (String input : inputs) {
      if (isUrl(input)) {
        files.add(new InputFile(input, 0, null, () -> download(input)));
        continue;
      }
      Path path = Path.of(input);
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
          if (!isArticleFile(file)) {
            skipped.add(file.toString());
          } else if (file.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            addZipEntries(file, files, skipped, problems);
          } else {
            files.add(InputFile.of(file));
          }
        }
      } catch (IOException | UncheckedIOException e) {
        problems.add(Rejection.of(input, 0, "cannot list: " + e.getMessage(), null));
      }
    }
    return new Inputs(Collections.unmodifiableList(files), skipped, problems);
  }

  private static void addZipEntries(Path zip, List<InputFile> files, List<String> skipped, List<Rejection> problems) {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(archive.entries())) {
        String name = zip + "!/" + entry.getName();
        if (entry.isDirectory()) {
          continue;
        }
        if (!isArticleFile(Path.of(entry.getName()))) {
          skipped.add(name);
          continue;
        }
        String entryName = entry.getName();
        files.add(new InputFile(name, Math.max(0, entry.getSize()), null, () -> {
          ZipFile opened = new ZipFile(zip.toFile());
          return new java.io.FilterInputStream(opened.getInputStream(opened.getEntry(entryName))) {
            @Override
            public void close() throws IOException {
              super.close();
              opened.close();
            }
          };
        }));
      }
    } catch (IOException e) {
      problems.add(Rejection.of(zip.toString(), 0, "not a readable zip archive: " + e.getMessage(), null));
    }
  }

  /** A feed or an article page on the web; an HTTP error is an error to report, not a page to read. */
  private static InputStream download(String url) throws IOException {
    HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(15)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60))
        .header("User-Agent", "news-search ingester")
        .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new IOException("HTTP " + response.statusCode() + " from " + url);
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a valid URL: " + url, e);
    }
  }

  static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || NOTES.stream().anyMatch(name::startsWith)) {
      return false;
    }
    String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    int dot = base.lastIndexOf('.');
    return dot < 0 || !NOT_ARTICLES.contains(base.substring(dot + 1));
  }
}
