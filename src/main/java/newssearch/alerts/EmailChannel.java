package newssearch.alerts;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import newssearch.saved.SavedSearch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Mails the alert as plain text over SMTP, through the {@link JavaMailSender} Spring Boot sets up
 * from {@code spring.mail.*}; without {@code spring.mail.host} every e-mail alert fails (and is retried).
 */
@Component
class EmailChannel implements AlertChannel {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final ObjectProvider<JavaMailSender> mail;
  private final AlertsProperties settings;

  EmailChannel(ObjectProvider<JavaMailSender> mail, AlertsProperties settings) {
    this.mail = mail;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public boolean wants(SavedSearch search) {
    return !search.email().isEmpty();
  }

  @Override
  public void deliver(SavedSearch search, Alert alert) throws DeliveryFailedException {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new DeliveryFailedException("no SMTP server is configured (spring.mail.host)");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(settings.mailFrom());
    message.setTo(search.email().toArray(String[]::new));
    message.setSubject(alert.total() + " new: " + search.name());
    message.setText(text(alert));
    try {
      sender.send(message);
    } catch (MailException e) {
      throw new DeliveryFailedException("the SMTP server refused or could not be reached: " + e.getMessage(), e);
    }
  }

  static String text(Alert alert) {
    StringBuilder text = new StringBuilder();
    text.append(alert.total()).append(" new articles match «").append(alert.savedSearchName()).append("»");
    if (alert.total() > alert.articles().size()) {
      text.append(" (the newest ").append(alert.articles().size()).append(" below)");
    }
    text.append(".\n\n");
    for (Alert.Match m : alert.articles()) {
      text.append("* ").append(m.title()).append('\n');
      text.append("  ").append(m.source() == null ? "" : m.source());
      if (m.publishedAt() != null) {
        text.append(", ").append(DATE.format(m.publishedAt()));
      }
      text.append('\n');
      if (m.url() != null) {
        text.append("  ").append(m.url()).append('\n');
      }
      if (!m.snippets().isEmpty()) {
        // Plain text: the marks become «…», the escaped characters themselves again.
        String snippet = m.snippets().get(0).replace("<mark>", "«").replace("</mark>", "»");
        text.append("  ").append(HtmlUtils.htmlUnescape(snippet)).append('\n');
      }
      text.append('\n');
    }
    return text.toString();
  }
}
