package newssearch.search;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A page of hits as an Atom 1.0 document (RFC 4287): a pure function, no I/O. An entry's id names
 * the article, never the feed, so a reader that follows two searches sees one article once; its
 * {@code updated} is when this service stored the article, the order the feed is in.
 */
public final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /**
   * What the feed says about itself.
   *
   * @param id       a stable identifier of the feed (its search, not the request)
   * @param title    the feed's title
   * @param self     the feed's own absolute address
   * @param page     the absolute address of the same search as a web page
   * @param siteRoot the service's absolute root, for articles without a URL of their own
   */
  public record Header(String id, String title, String self, String page, String siteRoot) {}

  private AtomFeed() {}

  /** The stable id of an article's entry, the same in every feed of this service. */
  public static String entryId(String articleId) {
    return "urn:news-search:article:" + articleId;
  }

  public static String write(Header header, List<ArticleHit> hits, Instant now) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", header.id());
      element(xml, "title", header.title());
      // A feed's updated is its newest entry's; an empty feed says when it was asked for.
      element(xml, "updated", time(hits.isEmpty() || hits.get(0).ingestedAt() == null ? now : hits.get(0).ingestedAt()));
      link(xml, "self", header.self(), "application/atom+xml");
      link(xml, "alternate", header.page(), "text/html");
      xml.writeStartElement("author");
      element(xml, "name", "news-search");
      xml.writeEndElement();
      element(xml, "generator", "news-search");
      for (ArticleHit hit : hits) {
        entry(xml, header, hit, now);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return out.toString();
  }

  /**
   * RFC 3339 in whole seconds. A clock may stamp nanoseconds, and common readers (Rome among them)
   * parse the fraction as milliseconds, which moves a nine-digit fraction days into the future.
   */
  static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void entry(XMLStreamWriter xml, Header header, ArticleHit hit, Instant now) throws XMLStreamException {
    xml.writeStartElement("entry");
    element(xml, "id", entryId(hit.id()));
    element(xml, "title", hit.title());
    String here = header.siteRoot() + "/articles/" + URLEncoder.encode(hit.id(), StandardCharsets.UTF_8);
    link(xml, "alternate", hit.url() != null ? hit.url() : here, "text/html");
    element(xml, "updated", time(hit.ingestedAt() != null ? hit.ingestedAt() : now));
    if (hit.publishedAt() != null) {
      element(xml, "published", time(hit.publishedAt()));
    }
    if (hit.source() != null) {
      xml.writeStartElement("source");
      element(xml, "title", hit.source());
      xml.writeEndElement();
    }
    // The snippets are HTML (escaped text, <mark> around the matched words); as type="html" the
    // writer escapes them once more, which is how Atom carries HTML inside XML.
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(String.join(" … ", hit.snippets()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
