package newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestProgress;
import newssearch.system.TestCluster;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search page in a real Chromium (Debian's, driven by Playwright) over articles written for the
 * project: the samples, the test news (a page like the mission's seed page, spring floods in April
 * and June 2024) and one article whose text quotes a {@code <script>}. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserTest {

  private static final String ALIAS = TestCluster.uniqueAlias(SearchPageBrowserTest.class);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String FORUM_TITLE = "Астана готова принять Цифровой форум ШОС в 2024 году – Токаев";

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, ALIAS);
  }

  @LocalServerPort
  int port;

  @Autowired
  Ingest ingest;

  private Playwright playwright;
  private Browser browser;
  private BrowserContext context;
  private Page page;
  private final List<String> dialogs = new ArrayList<>();

  @BeforeAll
  void loadArticlesAndStartChromium() throws Exception {
    ingest.run(new Ingest.Request(List.of("src/test/resources/news", "samples",
        "src/test/resources/web/script-article.jsonl"), List.of(), null,
        Files.createTempFile("rejects", ".jsonl")), IngestProgress.NONE);
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(SystemChromium.path())
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync")));
    Files.createDirectories(SCREENSHOTS);
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setAcceptDownloads(true)
        .setViewportSize(1280, 900));
    page = context.newPage();
    dialogs.clear();
    page.onDialog(dialog -> {
      dialogs.add(dialog.message());
      dialog.dismiss();
    });
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private String home() {
    return "http://localhost:" + port + "/";
  }

  private void search(String words) {
    page.navigate(home());
    page.locator("#q").fill(words);
    page.locator("#q").press("Enter");
    page.waitForURL(Pattern.compile(".*[?&]q=.*"));
  }

  private long shownTotal() {
    return Long.parseLong(page.locator(".summary .count").innerText().replaceAll("\\D+(\\d[\\d\\s\\u00a0]*).*", "$1")
        .replaceAll("\\D", ""));
  }

  @Test
  void anEnglishQueryFindsTheForumArticleFirstWithTheRussianWordsMarked() throws Exception {
    search("SCO digital forum Astana 2024");
    Locator first = page.locator(".hit").first();
    assertThat(first.locator(".title").innerText()).isEqualTo(FORUM_TITLE);
    List<String> marked = first.locator(".snippet mark").allInnerTexts();
    assertThat(marked).contains("ШОС", "Астане");
    assertThat(page.locator(".interpretation").first().innerText()).contains("SCO → ", "ШОС")
        .as("terms kept as written are not listed").doesNotContain("2024").doesNotContainPattern(";\\s*·");

    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results-desktop.png")).setFullPage(true));
    page.setViewportSize(375, 800);
    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no sideways scrolling at 375 px").isTrue();
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results-375.png")).setFullPage(true));
  }

  @Test
  void anExcludedNameIsListedWithTheRussianFormsItLeavesOut() {
    search("flood -Bektenov");
    assertThat(page.locator(".interpretation").first().innerText()).contains("flood → ", "-Bektenov → ", "Бектенов");
    assertThat(page.locator(".hit .title").allInnerTexts()).isNotEmpty().noneMatch(t -> t.contains("Бектенов"));
  }

  @Test
  void aTitleScopedNameIsListedAsWrittenWithItsRussianForms() {
    search("title:Bektenov");
    assertThat(page.locator(".interpretation").first().innerText()).contains("title:Bektenov → ", "Бектенов");
    assertThat(page.locator(".hit .title").allInnerTexts()).isNotEmpty().allMatch(t -> t.contains("Бектенов"));
  }

  @Test
  void anOrganisationFacetFiltersAndBackRestoresTheResults() {
    search("наводнение");
    long before = shownTotal();
    String urlBefore = page.url();
    Locator facet = page.locator("section.facet[aria-labelledby=facet-organizations] li a").first();
    String organisation = facet.locator(".value").innerText();
    long count = Long.parseLong(facet.locator(".count").innerText());
    assertThat(count).isLessThan(before);

    facet.click();
    page.waitForURL(Pattern.compile(".*organization=.*"));
    assertThat(page.url()).contains("organization=");
    assertThat(shownTotal()).isEqualTo(count);
    assertThat(page.locator(".active-filters").innerText()).contains(organisation);

    page.goBack();
    assertThat(page.url()).isEqualTo(urlBefore);
    assertThat(shownTotal()).isEqualTo(before);
  }

  @Test
  void theAutocompleteOffersTokayevAndTheKeyboardChoosesAndSearches() {
    page.navigate(home());
    page.keyboard().press("/");
    assertThat((Boolean) page.evaluate("document.activeElement.id === 'q'")).as("'/' focuses the box").isTrue();
    page.keyboard().type("Тока");
    Locator options = page.locator("#suggestions [role=option]");
    options.filter(new Locator.FilterOptions().setHasText("Токаев")).first().waitFor();
    List<String> offered = options.allInnerTexts();
    int tokayev = 0;
    while (!offered.get(tokayev).contains("Токаев")) {
      tokayev++;
    }
    for (int i = 0; i <= tokayev; i++) {
      page.keyboard().press("ArrowDown");
    }
    assertThat(page.locator("#q").getAttribute("aria-activedescendant")).isEqualTo("suggestion-" + tokayev);
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*[?&]q=.*"));
    assertThat(page.locator("#q").inputValue()).contains("Токаев");
    assertThat(page.locator(".hit").first().innerText()).contains("Токаев");
  }

  @Test
  void clickingABarOrDraggingAcrossBarsNarrowsTheDates() {
    search("наводнение");
    Locator bars = page.locator(".histogram a");
    assertThat(bars.count()).as("April and June 2024, May empty").isEqualTo(2);
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results-chart.png")).setFullPage(true));

    Locator july = bars.first();
    String from = july.getAttribute("data-from");
    String to = july.getAttribute("data-to");
    long inJuly = barCount(july);
    july.locator("rect").click();
    page.waitForURL(Pattern.compile(".*from=" + from + "&to=" + to + ".*"));
    assertThat(shownTotal()).isEqualTo(inJuly);
    assertThat(page.locator(".chart figcaption").innerText()).contains("по дням");

    Locator days = page.locator(".histogram a");
    assertThat(days.count()).isGreaterThan(2);
    String firstDay = days.first().getAttribute("data-from");
    String lastDay = days.last().getAttribute("data-to");
    long inDays = 0;
    for (int i = 0; i < days.count(); i++) {
      inDays += barCount(days.nth(i));
    }
    drag(days.first().locator("rect"), days.last().locator("rect"));
    page.waitForURL(Pattern.compile(".*from=" + firstDay + "&to=" + lastDay + ".*"));
    assertThat(shownTotal()).isEqualTo(inDays);
  }

  /** A bar's count, as its label reads it out. */
  private static long barCount(Locator bar) {
    return Long.parseLong(bar.getAttribute("aria-label").replaceAll(".*\\D(\\d+)\\D*$", "$1"));
  }

  private void drag(Locator from, Locator to) {
    var start = from.boundingBox();
    var end = to.boundingBox();
    page.mouse().move(start.x + start.width / 2, start.y + start.height - 1);
    page.mouse().down();
    page.mouse().move(end.x + end.width / 2, end.y + end.height - 1, new Mouse.MoveOptions().setSteps(10));
    page.mouse().up();
  }

  @Test
  void aMisspeltNameIsNotFoundButCorrectedByOneClick() {
    search("Бектинов");
    assertThat(page.locator(".empty h2").innerText()).contains("«Бектинов»");
    Locator correction = page.locator(".did-you-mean a");
    assertThat(correction.innerText()).isEqualTo("Бектенов");
    correction.click();
    String corrected = URLEncoder.encode("Бектенов", StandardCharsets.UTF_8);
    page.waitForURL(Pattern.compile(".*q=" + Pattern.quote(corrected) + ".*"));
    assertThat(page.locator("#q").inputValue()).isEqualTo("Бектенов");
    assertThat(page.locator(".hit").count()).isPositive();
  }

  @Test
  void anArticleQuotingAScriptTagShowsItAsText() {
    search("строка комментарии");
    Locator hit = page.locator(".hit").first();
    assertThat(hit.locator(".title").innerText()).contains("<script>");
    hit.locator("a.read").click();
    page.waitForURL(Pattern.compile(".*/articles/.*"));
    assertThat(page.locator("article").innerText()).contains("<script>alert('взлом')</script>");
    assertThat(page.locator("article script").count()).isZero();
    assertThat(page.locator("article mark").allInnerTexts()).contains("строкой");
    assertThat(dialogs).isEmpty();
  }

  @Test
  void theCsvDownloadHoldsTheRowsShown() throws Exception {
    search("наводнение");
    List<String> shown = page.locator(".hit .title").allInnerTexts();
    assertThat(shown).isNotEmpty();
    Download download = page.waitForDownload(() -> page.locator("a.csv").click());
    List<String> titles = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
      reader.skip(1); // the byte-order mark
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
        titles.add(row.get("title"));
      }
    }
    assertThat(titles).hasSizeGreaterThanOrEqualTo(shown.size());
    assertThat(titles.subList(0, shown.size())).isEqualTo(shown);
  }

  @Test
  void resultsAndArticlePagesPassAnAccessibilityAudit() throws Exception {
    search("наводнение");
    assertThat(page.locator(".histogram").isVisible()).as("the chart is audited too").isTrue();
    assertThat(seriousViolations()).isEmpty();
    page.locator(".hit a.read").first().click();
    page.waitForURL(Pattern.compile(".*/articles/.*"));
    assertThat(page.locator("article .meta time").isVisible()).isTrue();
    assertThat(page.locator("article .meta a").getAttribute("href")).startsWith("http");
    assertThat(page.locator("article mark").count()).isPositive();
    assertThat(seriousViolations()).isEmpty();
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article.png")).setFullPage(true));

    page.locator("article .back a").click();
    page.waitForURL(Pattern.compile(".*/\\?q=.*"));
    assertThat(page.locator("#q").inputValue()).isEqualTo("наводнение");
  }

  private List<String> seriousViolations() {
    return new AxeBuilder(page).analyze().getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(SearchPageBrowserTest::describe)
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
        .map(n -> String.valueOf(n.getTarget())).toList();
  }
}
