package newssearch.crosslingual;

import java.util.List;

/**
 * One word or multi-word term of a query and what it is searched as: its alternatives in the other
 * languages (any of which may match, counted as one term) besides the original.
 *
 * @param source       the term as the user wrote it
 * @param alternatives the term's forms in the other languages: for an English (Kazakh, Latin-lettered)
 *                     term its Russian ones (all names of a named entity, the glossary's or the
 *                     dictionary's translations, or the transliterations the articles use); for a
 *                     Russian term its English and Kazakh ones
 * @param kind         where the alternatives came from
 * @param language     what the term was read as: {@code en} (English), {@code ru-Latn} (Russian
 *                     written in Latin letters), {@code ru}, {@code kk} (Kazakh) or {@code number}
 */
public record TermGroup(String source, List<String> alternatives, Kind kind, String language) {

  public enum Kind {
    /** A person, organisation or place of the gazetteer: every name in the other languages, historic ones too. */
    ENTITY,
    /** A term of the political glossary. */
    GLOSSARY,
    /** A word of the general dictionary (when installed): its main senses. */
    DICTIONARY,
    /** A Latin-script name: its Cyrillic spellings that the articles use; a Russian name: its Latin spellings. */
    TRANSLITERATION,
    /**
     * A name the articles themselves write in Latin letters (Ryanair, IAAF), a Roman numeral
     * (Henry III), or a Russian word among English ones: searched as written, and required.
     */
    AS_WRITTEN,
    /** A number or an unknown word: searched as written, not required. */
    KEPT,
    /** A function word (the, of, how; among English ones, a Russian «и», «в»): not searched. */
    SKIPPED
  }

  /** Whether the term has to be present (or most such terms): it was understood, not just kept. */
  public boolean required() {
    return kind != Kind.KEPT && kind != Kind.SKIPPED;
  }
}
