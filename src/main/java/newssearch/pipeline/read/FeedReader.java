package newssearch.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** RSS 2.0 and Atom feeds: one article per {@code <item>} or {@code <entry>}; descriptions may be HTML. */
final class FeedReader implements RecordReader {

  @Override
  public void read(InputFile file, InputStream in, RecordSink sink) throws IOException {
    Document feed = Jsoup.parse(in, null, "", Parser.xmlParser());
    List<Element> items = feed.select("item, entry");
    if (items.isEmpty()) {
      sink.reject(Rejection.of(file.name(), 0, "neither an RSS nor an Atom feed: no <item> or <entry>", null));
      return;
    }
    long position = 0;
    for (Element item : items) {
      position++;
      String content = first(item, "content|encoded", "content");
      String summary = first(item, "description", "summary");
      String text = content.isEmpty() ? summary : content;
      String lede = content.isEmpty() || summary.isEmpty() ? null : summary;
      List<String> tags = new ArrayList<>();
      item.select("category").forEach(c -> {
        String tag = c.hasAttr("term") ? c.attr("term") : c.text();
        if (!tag.isBlank() && !tags.contains(tag)) {
          tags.add(tag);
        }
      });
      String key = first(item, "guid", "id");
      sink.accept(new SourceRecord(file.name(), position, link(item), key.isEmpty() ? null : key,
          first(item, "title"), lede, text, first(item, "pubDate", "published", "updated", "dc|date"), null,
          tags, null, SourceRecord.Layout.PLAIN));
    }
  }

  /** The text of the first of these child elements the item has, or "". */
  private static String first(Element item, String... names) {
    for (String name : names) {
      Element e = item.selectFirst("> " + name);
      if (e != null && !e.wholeText().isBlank()) {
        return e.wholeText().strip();
      }
    }
    return "";
  }

  private static String link(Element item) {
    for (Element link : item.select("> link")) {
      if (link.hasAttr("href") && (!link.hasAttr("rel") || link.attr("rel").equals("alternate"))) {
        return link.attr("href");
      }
      if (!link.text().isBlank()) {
        return link.text().strip();
      }
    }
    return null;
  }
}
