package newssearch.index;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The news index.
 *
 * @param alias    the alias every read and write goes through; versioned indices are named
 *                 {@code <alias>-v<N>-<timestamp>}
 * @param mappings the settings-and-mappings file the index is built from: {@code classpath:…} (the
 *                 copy of {@code index-mappings/news.json} inside the jar) or a file path
 */
@ConfigurationProperties("news.index")
public record IndexProperties(String alias, String mappings) {}
