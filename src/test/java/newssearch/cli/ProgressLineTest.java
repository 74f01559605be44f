package newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  private final StringWriter written = new StringWriter();

  @Test
  void onATerminalTheLineIsRedrawnInPlace() {
    ProgressLine line = new ProgressLine(new PrintWriter(written), () -> "12 articles", true);
    line.print();
    line.print();
    assertThat(written.toString()).isEqualTo("\r12 articles\r12 articles");
  }

  @Test
  void elsewhereEachStateIsAPlainLine() {
    ProgressLine line = new ProgressLine(new PrintWriter(written), () -> "12 articles", false);
    line.print();
    line.print();
    assertThat(written.toString()).isEqualTo("12 articles" + System.lineSeparator() + "12 articles" + System.lineSeparator())
        .doesNotContain("\r");
  }

  @Test
  void stderrRedirectedToAFileOrPipeIsNotATerminal() {
    assertThat(StderrTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(StderrTerminal.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(StderrTerminal.isTerminalDevice("/tmp/ingest.log")).isFalse();
    assertThat(StderrTerminal.isTerminalDevice("pipe:[48213]")).isFalse();
    assertThat(StderrTerminal.isTerminalDevice("/dev/null")).isFalse();
    // The build runs the tests with stderr into a pipe or a file.
    assertThat(StderrTerminal.isTerminal()).isFalse();
  }
}
