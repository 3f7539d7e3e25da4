package org.yifa.framework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which checklist document the service ingests.
 *
 * @param source        the PDF-to-text dump ({@code yifa.framework.source}): a classpath path, or {@code file:/…}
 * @param censoredWords classpath path of the pinyin → word list used to undo censoring
 * @param slug          the framework's IRI segment under {@code https://w3id.org/yifa/id/}
 */
@ConfigurationProperties("yifa.framework")
public record FrameworkProperties(
        @DefaultValue("data/source/model-unit-goals.txt") String source,
        @DefaultValue("data/source/censored-words.tsv") String censoredWords,
        @DefaultValue("model-unit-goals") String slug) {
}
