package newssearch.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The machine's own Chromium (Debian's {@code chromium} package): Playwright cannot download its browser here. */
final class SystemChromium {

  private SystemChromium() {}

  static Path path() {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
        .map(dir -> Path.of(dir, "chromium"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no chromium on the PATH: apt-get install chromium"));
  }
}
