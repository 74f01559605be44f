package newssearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One line of progress on stderr: redrawn in place every half second when stderr is a terminal,
 * printed as a plain line every ten seconds otherwise (logs, CI), so neither floods the other.
 */
final class ProgressLine {

  private final PrintWriter err;
  private final Supplier<String> line;
  private final boolean terminal;
  private ScheduledExecutorService timer;

  ProgressLine(PrintWriter err, Supplier<String> line) {
    this(err, line, StderrTerminal.isTerminal());
  }

  ProgressLine(PrintWriter err, Supplier<String> line, boolean terminal) {
    this.err = err;
    this.line = line;
    this.terminal = terminal;
  }

  synchronized void start() {
    if (timer != null) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "progress");
      t.setDaemon(true);
      return t;
    });
    long every = terminal ? 500 : 10_000;
    timer.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
  }

  /** Prints the last state and ends the line. */
  synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      print();
      if (terminal) {
        err.println();
      }
    }
  }

  synchronized void print() {
    String text = line.get();
    if (text == null) {
      return;
    }
    if (terminal) {
      err.print("\r" + text);
    } else {
      err.println(text);
    }
    err.flush();
  }
}
