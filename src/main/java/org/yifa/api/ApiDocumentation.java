package org.yifa.api;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's own description ({@code /v3/api-docs}): its title, the project's version, what it covers. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenApiCustomizer yifaApiInfo(ObjectProvider<BuildProperties> build) {
        // The build writes META-INF/build-info.properties (spring-boot-maven-plugin build-info).
        String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("unreleased");
        return openApi -> openApi.info(new Info()
                .title("Yifa 依法 API")
                .version(version)
                .description("""
                        The JSON API of Yifa: the checklist 《××市依法行政示范单位目标要求》 as linked data, the laws \
                        and articles its items rest on, the assessment of a city's units against curated criteria with \
                        their evidence ledgers, and the SPARQL 1.1 endpoint /sparql over the same store. \
                        Every /api answer is JSON linked to the JSON-LD context /context.jsonld."""));
    }
}
