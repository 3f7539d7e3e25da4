package org.yifa.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * A property declared {@code @Schema(types = {"object", "null"})} that refers to another schema becomes
 * {@code oneOf: [{$ref}, {type: null}]}. swagger-core writes the type beside the {@code $ref}, and in OpenAPI 3.1
 * (JSON Schema 2020-12) both apply, so the referenced object's own {@code type: object} would still refuse null.
 */
@Component
class NullableReferences implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(NullableReferences::rewrite);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void rewrite(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.replaceAll((name, p) -> {
            if (p.get$ref() == null || p.getTypes() == null || !p.getTypes().contains("null")) {
                return p;
            }
            return new Schema<>().description(p.getDescription())
                    .oneOf(List.of(new Schema<>().$ref(p.get$ref()), new Schema<>().types(Set.of("null"))));
        });
    }
}
