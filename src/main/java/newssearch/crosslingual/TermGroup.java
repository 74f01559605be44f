package newssearch.crosslingual;

import java.util.List;

/**
 * One word or multi-word term of an English query and what it is searched as: its Russian
 * alternatives (any of which may match) besides the original.
 *
 * @param source       the term as the user wrote it
 * @param alternatives Russian forms: all names of a named entity, or the glossary's translations
 * @param kind         where the alternatives came from
 */
public record TermGroup(String source, List<String> alternatives, Kind kind) {

  public enum Kind {
    /** A person, organisation or place of the gazetteer: every Russian name, historic ones too. */
    ENTITY,
    /** A term of the political glossary. */
    GLOSSARY,
    /** A number or an unknown word: searched as written. */
    KEPT
  }
}
