package newssearch.search;

/**
 * One completion for the text typed so far.
 *
 * @param text what to put in the query box
 * @param kind person, organization, place or title
 */
public record Suggestion(String text, String kind) {}
