package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class TurnReturningResponseTest {

  private final AtomicInteger givenBack = new AtomicInteger();

  @Test
  void theTurnIsHeldUntilTheAnswerStartsThenGivenBackOnce() throws IOException {
    TurnReturningResponse response = new TurnReturningResponse(new MockHttpServletResponse(), givenBack::incrementAndGet);
    response.setStatus(200);
    response.setContentType("application/json");
    response.setHeader("Retry-After", "1");
    assertThat(givenBack).as("headers are not the answer").hasValue(0);

    response.getOutputStream().write('{');
    assertThat(givenBack).hasValue(1);
    response.getOutputStream().write('}');
    response.giveTurnBack();
    assertThat(givenBack).as("the handler's return gives nothing back twice").hasValue(1);
  }

  @Test
  void aPageWrittenThroughTheWriterGivesItsTurnBackToo() throws IOException {
    TurnReturningResponse response = new TurnReturningResponse(new MockHttpServletResponse(), givenBack::incrementAndGet);
    response.getWriter().write("<html>");
    response.getWriter().write("</html>");
    assertThat(givenBack).hasValue(1);
  }

  @Test
  void anAnswerWrittenByNobodyGivesTheTurnBackWhenTheHandlerReturns() {
    TurnReturningResponse response = new TurnReturningResponse(new MockHttpServletResponse(), givenBack::incrementAndGet);
    response.setStatus(500);
    response.giveTurnBack();
    response.giveTurnBack();
    assertThat(givenBack).hasValue(1);
  }
}
