package newssearch.web;

import java.time.LocalDate;

/** The date ranges offered with one click: the last day, week, month or year up to today. */
enum DatePreset {
  DAY, WEEK, MONTH, YEAR;

  LocalDate from(LocalDate today) {
    return switch (this) {
      case DAY -> today.minusDays(1);
      case WEEK -> today.minusWeeks(1);
      case MONTH -> today.minusMonths(1);
      case YEAR -> today.minusYears(1);
    };
  }

  /** The message key of its label. */
  String label() {
    return "dates." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
