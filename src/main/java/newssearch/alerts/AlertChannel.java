package newssearch.alerts;

import newssearch.saved.SavedSearch;

/** A way to tell someone of a saved search's new matches. Each channel keeps its own watermark. */
interface AlertChannel {

  /** The key of its watermark in the saved search ({@code alerted_until}). */
  String name();

  boolean wants(SavedSearch search);

  /** Delivers or throws; a throw is retried later with the same or a wider window. */
  void deliver(SavedSearch search, Alert alert) throws DeliveryFailedException;

  /** A delivery that did not happen; the message says why, for the log. */
  final class DeliveryFailedException extends Exception {
    DeliveryFailedException(String message) {
      super(message);
    }

    DeliveryFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
