package newssearch.crosslingual;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cross-lingual search.
 *
 * @param dictionary the general English→Russian dictionary in dictd format, without the
 *                   {@code .index}/{@code .dict.dz} endings (Debian's {@code mueller7-dict}); when
 *                   it is not there, the glossary alone translates
 */
@ConfigurationProperties("news.crosslingual")
public record CrossLingualProperties(Path dictionary) {}
