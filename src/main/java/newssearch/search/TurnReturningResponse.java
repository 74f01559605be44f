package newssearch.search;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A search's response that gives the search's turn back when its answer starts to be written: the
 * search's work is done by then. Given back after the handler returned instead, the turn was still
 * held when an answer with a known length had already reached the client, and a client that asks
 * again at once, one search after the other, could find it taken and, on a busy machine, be turned
 * away with a 503 after waiting its {@code max-wait} (seen once in 400 searches by
 * {@code acceptance.py} while a build kept both cores busy).
 */
final class TurnReturningResponse extends HttpServletResponseWrapper {

  private final Runnable giveBack;
  private final AtomicBoolean givenBack = new AtomicBoolean();

  TurnReturningResponse(HttpServletResponse response, Runnable giveBack) {
    super(response);
    this.giveBack = giveBack;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    giveTurnBack();
    return super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    giveTurnBack();
    return super.getWriter();
  }

  /** Gives the turn back once, however often it is called: when the answer starts, or after the handler. */
  void giveTurnBack() {
    if (givenBack.compareAndSet(false, true)) {
      giveBack.run();
    }
  }
}
