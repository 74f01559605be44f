package newssearch.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import newssearch.index.SearchReadiness;
import newssearch.search.SearchAdmission;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every error of the JSON API is a problem detail, the framework's own as well as the service's. */
@WebMvcTest(ApiErrorsTest.Probe.class)
@Import({ApiErrorsTest.Probe.class, ApiErrorsTest.AdminSettings.class})
class ApiErrorsTest {

  /** The search pages' readiness gate is in the slice too; the probe's addresses are not behind it. */
  @MockitoBean
  SearchReadiness readiness;

  /** And so is the searches' turn-taking; the probe's addresses are not counted. */
  @MockitoBean
  SearchAdmission admission;

  /** The web slice's interceptors guard the admin API and need its settings. */
  @TestConfiguration
  @EnableConfigurationProperties(AdminProperties.class)
  static class AdminSettings {}

  /** Endpoints shaped like the real ones, each able to fail in one way. */
  @RestController
  static class Probe {
    record Note(String text) {}

    @GetMapping("/api/probe/count")
    int count(@RequestParam int n) {
      return n;
    }

    @PostMapping(path = "/api/probe/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    Note addNote(@RequestBody Note note) {
      return note;
    }

    @GetMapping("/api/probe/failure")
    String fail(@RequestParam String kind) throws Exception {
      throw switch (kind) {
        case "input" -> new InvalidInputException("size: a whole number from 1 to 100 expected, got '0'");
        case "missing" -> new NotFoundException("no article with id abc");
        case "conflict" -> new ConflictException("Reindex job r-1 is running; one at a time.");
        case "down" -> new ConnectException("Connection refused: 10.0.0.7/10.0.0.7:9200");
        case "silent" -> new SocketTimeoutException("60,000 milliseconds timeout on connection to 10.0.0.7:9200");
        case "slow" -> new ClusterTimeoutException("a search request on news timed out on 10.0.0.7");
        case "busy" -> new OverloadedException();
        default -> new IllegalStateException("broke at 10.0.0.7:9200");
      };
    }
  }

  @Autowired
  MockMvc mvc;

  @Test
  void aWrongMethodIsA405Problem() throws Exception {
    problem(mvc.perform(delete("/api/probe/notes")), 405);
  }

  @Test
  void aBodyOfTheWrongTypeIsA415Problem() throws Exception {
    problem(mvc.perform(post("/api/probe/notes").contentType(MediaType.TEXT_PLAIN).content("hello")), 415);
  }

  @Test
  void anUnreadableJsonBodyIsA400Problem() throws Exception {
    problem(mvc.perform(post("/api/probe/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\": ")), 400);
  }

  @Test
  void aMissingOrMistypedParameterIsA400ProblemNamingIt() throws Exception {
    problem(mvc.perform(get("/api/probe/count")), 400).andExpect(jsonPath("$.detail", containsString("'n'")));
    problem(mvc.perform(get("/api/probe/count").param("n", "many")), 400)
        .andExpect(jsonPath("$.detail", containsString("'n'")));
  }

  @Test
  void anUnknownApiAddressIsA404Problem() throws Exception {
    problem(mvc.perform(get("/api/no-such-thing")), 404);
  }

  @Test
  void anUnknownPageAddressIsLeftToTheErrorPage() throws Exception {
    mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("problem"))));
  }

  @Test
  void theServicesOwnFailuresAreProblemsWithTheirOutcomesStatus() throws Exception {
    problem(failure("input"), 400).andExpect(jsonPath("$.detail").value("size: a whole number from 1 to 100 expected, got '0'"));
    problem(failure("missing"), 404).andExpect(jsonPath("$.detail").value("no article with id abc"));
    problem(failure("conflict"), 409).andExpect(jsonPath("$.detail", containsString("r-1 is running")));
    problem(failure("down"), 503).andExpect(jsonPath("$.detail").value("The search cluster cannot be reached; try again shortly."));
    problem(failure("internal"), 500).andExpect(jsonPath("$.detail").value("The request could not be completed."));
  }

  @Test
  void aSlowClusterIsA504AndABusyServiceA503ToAskAgainInASecond() throws Exception {
    for (String kind : new String[] {"silent", "slow"}) {
      problem(failure(kind), 504).andExpect(header().doesNotExist("Retry-After"))
          .andExpect(jsonPath("$.detail").value("The search cluster did not answer in time; try again, or narrow the search."));
    }
    problem(failure("busy"), 503).andExpect(header().string("Retry-After", "1"))
        .andExpect(jsonPath("$.detail").value("Too many searches at once: try again in a moment."));
    problem(failure("down"), 503).andExpect(header().string("Retry-After", "5"));
  }

  private ResultActions failure(String kind) throws Exception {
    return mvc.perform(get("/api/probe/failure").param("kind", kind));
  }

  /** A problem detail with that status, and nothing of the service's insides: no trace, no address. */
  private static ResultActions problem(ResultActions result, int status) throws Exception {
    return result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(content().string(not(containsString("Exception"))))
        .andExpect(content().string(not(containsString("10.0.0.7"))));
  }
}
