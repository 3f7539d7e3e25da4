package org.yifa.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every error status of the JSON API with its body, the one contract of {@link ApiProblem}: 400 (a bad parameter or
 * body) everywhere, 404 where the path names something or the controller declares it (a query names something),
 * 413 and 415 where a body is sent, 503 (the store cannot answer now). /sparql keeps the statuses of the SPARQL
 * protocol, documented by its controller.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemResponses implements OpenApiCustomizer {

    static final String SCHEMA = "Problem";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getComponents().addSchemas(SCHEMA, schema());
        openApi.getComponents().addSchemas("UploadError", uploadError());
        openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                add(operation, "400", "Bad Request", "a parameter or the body is malformed");
                if (path.contains("{") || operation.getResponses().containsKey("404")) {
                    add(operation, "404", "Not Found", "nothing by that identifier");
                }
                if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST) {
                    add(operation, "413", "Content Too Large", "the body is larger than the service accepts");
                    add(operation, "415", "Unsupported Media Type", "the body's format is not accepted here");
                }
                add(operation, "503", "Service Unavailable", "the store cannot answer now; try again after Retry-After");
            });
        });
    }

    private static void add(Operation operation, String status, String title, String description) {
        if (operation.getResponses().containsKey(status)) {
            // Kept (springdoc read it from an exception handler), but with the problem's body.
            operation.getResponses().get(status).setContent(content(status, title, description));
            return;
        }
        operation.getResponses().addApiResponse(status,
                new ApiResponse().description(title + ": " + description).content(content(status, title, description)));
    }

    private static Content content(String status, String title, String description) {
        Map<String, Object> example = Map.of("type", "about:blank", "title", title, "status", Integer.parseInt(status),
                "detail", "What is wrong, in words: " + description, "message", "What is wrong, in words: " + description);
        return new Content().addMediaType("application/problem+json", new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
                .addExamples(status, new Example().value(example)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema schema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; 'message' repeats 'detail', 'errors' lists an upload's problems")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema().example("No unit 'x'"))
                .addProperty("instance", new StringSchema().example("/api/units/x/assessment"))
                .addProperty("message", new StringSchema().example("No unit 'x'"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/UploadError")))
                .required(List.of("title", "status", "detail", "message"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema uploadError() {
        return new ObjectSchema()
                .description("One thing wrong with an upload, where the user finds it; parts that do not apply are absent")
                .addProperty("sheet", new StringSchema().example("证据台账"))
                .addProperty("row", new IntegerSchema().example(7))
                .addProperty("line", new IntegerSchema().example(12))
                .addProperty("record", new StringSchema().example("https://w3id.org/yifa/id/evidence/x"))
                .addProperty("field", new StringSchema().example("date"))
                .addProperty("message", new StringSchema().example("not a date: '2024-13-01'"))
                .required(List.of("message"));
    }
}
