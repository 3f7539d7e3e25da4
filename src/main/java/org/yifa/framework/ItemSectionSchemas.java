package org.yifa.framework;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The members the {@link ItemSection}s add to {@code GET /api/items/{notation}}, in the OpenAPI document: each
 * section's member is described by the type its {@code describe} method declares (or null, when a section has
 * nothing for an item). Runs before the other customizers, so that they see the schemas it adds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ItemSectionSchemas implements OpenApiCustomizer {

    private final List<ItemSection> sections;

    ItemSectionSchemas(List<ItemSection> sections) {
        this.sections = sections;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Schema<?> item = openApi.getComponents() == null || openApi.getComponents().getSchemas() == null ? null
                : openApi.getComponents().getSchemas().get("ItemDescription");
        if (item == null) {
            return;
        }
        for (ItemSection section : sections) {
            ResolvedSchema resolved = ModelConverters.getInstance(true)
                    .resolveAsResolvedSchema(new AnnotatedType(answerType(section)).resolveAsRef(true));
            if (resolved == null || resolved.schema == null) {
                continue;
            }
            if (resolved.referencedSchemas != null) {
                resolved.referencedSchemas.forEach((name, schema) -> openApi.getComponents().getSchemas().putIfAbsent(name, schema));
            }
            item.addProperty(section.name(), new Schema<>().description("section " + section.name())
                    .oneOf(List.of(resolved.schema, new Schema<>().types(Set.of("null")))));
        }
    }

    /** The generic return type of the section's {@code describe}, read from its class (not a proxy's). */
    private static Type answerType(ItemSection section) {
        try {
            return ClassUtils.getUserClass(section).getMethod("describe", String.class, String.class).getGenericReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
