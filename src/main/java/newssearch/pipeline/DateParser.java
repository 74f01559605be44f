package newssearch.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as news inputs write them: ISO-8601 with or without offset, a space instead of
 * the {@code T}, a bare date, RFC 1123 (RSS), Unix seconds or milliseconds. A date without an offset
 * is taken as UTC. Dates before 1990 or in the future are treated as unknown.
 */
public final class DateParser {

  private static final List<Function<String, Instant>> FORMATS = List.of(
      s -> OffsetDateTime.parse(s).toInstant(),
      Instant::parse,
      s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
      s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC),
      s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
      s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX")).toInstant(),
      s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")).toInstant());
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  /** Dates inside article URLs: /2017-04-18/, /2019/08/10/, /20190810/. */
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\\d|3[01])(?:/|\\d{0,12}\\b)");
  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  private DateParser() {}

  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    if (EPOCH.matcher(s).matches()) {
      long n = Long.parseLong(s);
      return plausible(s.length() > 10 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
    }
    for (Function<String, Instant> format : FORMATS) {
      try {
        return plausible(format.apply(s));
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /** The date an article's URL carries, for inputs that give no date field. */
  public static Optional<Instant> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> plausible(Instant instant) {
    return instant.isBefore(EARLIEST) || instant.isAfter(Instant.now().plusSeconds(86_400))
        ? Optional.empty() : Optional.of(instant);
  }
}
