package newssearch.enrich;

import java.util.List;

/**
 * A person, organisation or place of the gazetteer.
 *
 * @param id      stable id, e.g. {@code person:tokayev}
 * @param type    what kind of entity
 * @param name    the canonical (Russian) display name
 * @param ru      Russian names, canonical first, then short and historic forms
 * @param en      English names
 * @param kk      Kazakh names
 * @param aliases other spellings, transliterations and acronyms, any language
 */
public record Entity(String id, Type type, String name, List<String> ru, List<String> en, List<String> kk,
    List<String> aliases) {

  public enum Type { PER, ORG, LOC }
}
