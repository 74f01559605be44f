package newssearch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import newssearch.saved.SavedSearch;
import newssearch.saved.SavedSearches;
import newssearch.search.SearchParameters;
import newssearch.system.AdminProperties;
import newssearch.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /saved}: the saved searches with what each found since a date the reader chooses (kept in
 * the URL, so a bookmark remembers it; there are no accounts), and a form that saves the search the
 * reader came from. Saving takes the admin key in the form's body, never in the URL; a page from
 * another site cannot fill it in, so the form needs no other token.
 */
@Controller
class SavedSearchesPageController {

  private final SavedSearches saved;
  private final AdminProperties admin;

  SavedSearchesPageController(SavedSearches saved, AdminProperties admin) {
    this.saved = saved;
    this.admin = admin;
  }

  /** One saved search as the page lists it; {@code newSince} is null when no date is chosen. */
  record Row(String name, String page, String atom, Long newSince) {}

  @GetMapping("/saved")
  String showSavedSearches(@RequestParam(required = false) String since, SearchParameters search,
      HttpServletRequest request, Model model) throws IOException {
    LocalDate sinceDate = date(since);
    Instant from = sinceDate == null ? null : sinceDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Row> rows = new ArrayList<>();
    for (SavedSearch s : saved.all()) {
      rows.add(new Row(s.name(), "/?" + SavedSearches.queryString(s),
          "/api/saved-searches/" + s.id() + "/feed.atom", from == null ? null : saved.newSince(s, from)));
    }
    SearchLinks links = SearchLinks.of(request.getParameterMap());
    model.addAttribute("links", links);
    model.addAttribute("rows", rows);
    model.addAttribute("since", sinceDate);
    model.addAttribute("search", search);
    model.addAttribute("toSave", links.hiddenFields("since"));
    return "saved";
  }

  @PostMapping("/saved")
  String saveSearch(@RequestParam String name, @RequestParam(name = "key", required = false) String key,
      SearchParameters search, HttpServletRequest request, HttpServletResponse response, Model model,
      RedirectAttributes redirect) throws IOException {
    if (!admin.accepts(key)) {
      // 403, not 401: the key comes in the form, and a 401 promises an HTTP challenge to answer.
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("badKey", true);
      return showSavedSearches(null, search, request, model);
    }
    SavedSearch s = saved.save(new SavedSearches.SaveRequest(name, search, null, null));
    redirect.addFlashAttribute("savedName", s.name());
    return "redirect:/saved";
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("since: a date as YYYY-MM-DD expected, got '" + value + "'");
    }
  }
}
