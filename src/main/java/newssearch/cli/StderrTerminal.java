package newssearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's stderr is a terminal, where the progress line may redraw itself.
 * {@code System.console()} cannot tell: it looks at stdin and stdout, so {@code ingest … 2>log}
 * would fill the log with carriage returns. Java has no isatty, but Linux names each open file in
 * {@code /proc/self/fd}; elsewhere the console is the best guess left.
 */
final class StderrTerminal {

  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private StderrTerminal() {}

  static boolean isTerminal() {
    if (Files.isSymbolicLink(STDERR)) {
      try {
        return isTerminalDevice(Files.readSymbolicLink(STDERR).toString());
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** Pseudo-terminals ({@code /dev/pts/3}) and consoles ({@code /dev/tty1}); not pipes, files or {@code /dev/null}. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
