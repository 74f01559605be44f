package newssearch.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import newssearch.saved.SavedSearch;
import org.springframework.stereotype.Component;

/** POSTs the alert as JSON to the saved search's webhook, signed; any answer but 2xx is a failure. */
@Component
class WebhookChannel implements AlertChannel {

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final HttpClient http;
  private final AlertsProperties settings;

  WebhookChannel(AlertsProperties settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public boolean wants(SavedSearch search) {
    return search.webhook() != null;
  }

  @Override
  public void deliver(SavedSearch search, Alert alert) throws DeliveryFailedException {
    byte[] body;
    try {
      body = json.writeValueAsBytes(alert);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(search.webhook().url()))
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", "news-search alerts")
        .header("X-Delivery", alert.delivery())
        .header(WebhookSignature.HEADER, WebhookSignature.of(search.webhook().secret(), body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status < 200 || status > 299) {
        throw new DeliveryFailedException("the webhook answered HTTP " + status);
      }
    } catch (IOException e) {
      throw new DeliveryFailedException("the webhook could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailedException("interrupted", e);
    }
  }
}
