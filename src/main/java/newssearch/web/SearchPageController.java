package newssearch.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newssearch.search.Interpretation;
import newssearch.search.SearchParameters;
import newssearch.search.SearchQuery;
import newssearch.search.SearchResult;
import newssearch.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page at {@code /}: the same parameters and the same {@link SearchService} as
 * {@code /api/search}, rendered on the server so it works without JavaScript.
 */
@Controller
class SearchPageController {

  private final SearchService search;
  private final WebPageProperties properties;

  SearchPageController(SearchService search, WebPageProperties properties) {
    this.search = search;
    this.properties = properties;
  }

  @GetMapping("/")
  String showResults(SearchParameters parameters, HttpServletRequest request, Model model) throws IOException {
    SearchLinks links = SearchLinks.of(request.getParameterMap());
    SearchQuery query = parameters.onePage();
    SearchResult result = search.search(query);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    model.addAttribute("links", links);
    model.addAttribute("query", query);
    model.addAttribute("result", result);
    model.addAttribute("translated", alsoSearched(result.interpretation()));
    model.addAttribute("chart", HistogramChart.of(result.histogram()));
    model.addAttribute("pages", Pagination.of(links, result.total(), query.size(), query.page(),
        query.cursor() != null, result.nextCursor(), properties.numberedPages()));
    model.addAttribute("presets", presets(links, today));
    model.addAttribute("facets", FACETS.stream()
        .map(f -> new FacetView(f[0], f[1], result.facets().getOrDefault(f[0], List.of()))).toList());
    return "search";
  }

  /**
   * Each term and what else it was searched as: its alternatives, then each excluded or
   * title-scoped name, written as the user wrote it (`-Biden`, `title:Putin`), with its Russian
   * forms. Terms kept as written (numbers, unknown words) have nothing to show.
   */
  private static List<String> alsoSearched(Interpretation interpretation) {
    List<String> shown = new ArrayList<>();
    interpretation.expansions().stream().filter(group -> !group.alternatives().isEmpty())
        .forEach(group -> shown.add(group.source() + " → " + String.join(", ", group.alternatives())));
    interpretation.names().forEach((name, forms) -> shown.add(asWritten(interpretation, name) + " → "
        + String.join(", ", forms)));
    return shown;
  }

  /** A name as the user wrote it: after a minus, in a title scope, or both. */
  private static String asWritten(Interpretation interpretation, String name) {
    if (interpretation.excluded().contains(name)) {
      return "-" + name;
    }
    return interpretation.scopes().stream().filter(s -> s.value().equals(name)).findFirst()
        .map(s -> (s.excluded() ? "-" : "") + s.field() + ":" + name).orElse(name);
  }

  /** The facets of the answer with the parameter each one filters by. */
  private static final List<String[]> FACETS = List.of(new String[] {"sources", "source"},
      new String[] {"languages", "language"}, new String[] {"people", "person"},
      new String[] {"organizations", "organization"}, new String[] {"places", "place"});

  /** A facet as the page lists it: {@code name} is the answer's (and the label's) key, {@code filter} the parameter it sets. */
  record FacetView(String name, String filter, List<SearchResult.FacetValue> values) {}

  /** One link per date preset; {@code active} when the search's dates are the preset's. */
  record PresetLink(String label, String url, boolean active) {}

  private static List<PresetLink> presets(SearchLinks links, LocalDate today) {
    return Arrays.stream(DatePreset.values()).map(p -> {
      LocalDate from = p.from(today);
      boolean active = links.first("from").equals(from.toString()) && links.first("to").equals(today.toString());
      return new PresetLink(p.label(), links.dates(from, today), active);
    }).toList();
  }
}
