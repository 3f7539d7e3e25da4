package org.yifa.evidence;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of evidence intake.
 *
 * @param maxUploadBytes the largest upload accepted ({@code yifa.evidence.max-upload-bytes}); larger ones get 413
 * @param zone           where "today" is when a date is checked for lying in the future
 *                       ({@code yifa.evidence.zone}): the assessed units' zone, not the server's
 */
@ConfigurationProperties("yifa.evidence")
public record EvidenceProperties(
        @DefaultValue("5242880") long maxUploadBytes,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
