package newssearch.cli;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine.ITypeConverter;

/** Durations as the configuration writes them ({@code 10m}, {@code 30s}) or in ISO-8601 ({@code PT10M}). */
final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return DurationStyle.detectAndParse(value);
  }
}
