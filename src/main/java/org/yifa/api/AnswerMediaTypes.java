package org.yifa.api;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The media types the answers really have, where springdoc can only say {@code *}{@code /*} (controllers that
 * return a body without naming what they produce): JSON for the API, JSON-LD for the context, the workbook
 * for the Excel template.
 */
@Component
class AnswerMediaTypes implements OpenApiCustomizer {

    private static final Map<String, String> BY_PATH = Map.of(
            "/context.jsonld", "application/ld+json",
            "/api/evidence/template.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
                content.addMediaType(BY_PATH.getOrDefault(path, "application/json"), any);
            });
        }));
    }
}
