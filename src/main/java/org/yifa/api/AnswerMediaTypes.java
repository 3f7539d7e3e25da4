package org.yifa.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The media types the answers really have, where springdoc can only say {@code *}{@code /*} (controllers that
 * return a body without naming what they produce): JSON for the API, JSON-LD for the context, the
 * spreadsheet type for the Excel workbooks.
 */
@Component
class AnswerMediaTypes implements OpenApiCustomizer {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** By the path's extension: workbooks (templates, plans) and the JSON-LD context; JSON otherwise. */
    private static String mediaType(String path) {
        return path.endsWith(".xlsx") ? XLSX : path.endsWith(".jsonld") ? "application/ld+json" : "application/json";
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().values().forEach(response -> {
                Content content = response.getContent();
                if (content == null || !content.containsKey("*/*")) {
                    return;
                }
                MediaType any = content.remove("*/*");
                content.addMediaType(mediaType(path), any);
            });
        }));
    }
}
