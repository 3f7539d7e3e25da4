package org.yifa.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats an evidence upload may come in, by media type and by file extension. */
public enum UploadFormat {

    TURTLE("text/turtle", "ttl"),
    JSON_LD("application/ld+json", "jsonld", "json"),
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final List<String> extensions;

    UploadFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a content type such as {@code text/csv; charset=utf-8}, ignoring parameters. */
    public static Optional<UploadFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** The format a file name's extension stands for, e.g. {@code 台账.xlsx}. */
    public static Optional<UploadFormat> ofFileName(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(UploadFormat::mediaType).toList())
                + " or multipart/form-data with a 'file' part";
    }
}
