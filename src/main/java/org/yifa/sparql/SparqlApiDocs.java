package org.yifa.sparql;

import java.util.List;


import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /sparql} in the OpenAPI document: the controller reads the request itself (the SPARQL Protocol's
 * parameters, form and direct POST), so its parameters, bodies and answers are described here. The protocol's
 * own answers (result formats, plain-text errors) are kept as the protocol defines them.
 */
@Component
class SparqlApiDocs implements OpenApiCustomizer {

    private static final String TAG = "SPARQL";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().get("/sparql") == null) {
            return;
        }
        PathItem path = new PathItem()
                .summary("SPARQL 1.1 Protocol (queries, read-only)")
                .description("Queries over the store: the default graph is the union of the named graphs unless "
                        + "default-graph-uri / named-graph-uri name a dataset. Answers are complete, streamed; see "
                        + "docs/conformance.md.");
        Operation get = new Operation().operationId("sparqlGet").addTagsItem(TAG)
                .summary("Run a query (GET), or without one get the SPARQL 1.1 Service Description")
                .parameters(List.of(query(false), graphs("default-graph-uri"), graphs("named-graph-uri"), format()))
                .responses(responses(true));
        Operation post = new Operation().operationId("sparqlPost").addTagsItem(TAG)
                .summary("Run a query posted form-encoded (query=…) or directly as application/sparql-query")
                .parameters(List.of(graphs("default-graph-uri"), graphs("named-graph-uri"), format()))
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(new ObjectSchema()
                                .addProperty("query", new StringSchema().description("The query"))
                                .addProperty("default-graph-uri", new ArraySchema().items(new StringSchema()))
                                .addProperty("named-graph-uri", new ArraySchema().items(new StringSchema()))
                                .addRequiredItem("query")))
                        .addMediaType("application/sparql-query", new MediaType().schema(new StringSchema()
                                .example("SELECT ?s WHERE { ?s a <https://w3id.org/yifa/ont#VetoCondition> }")))))
                .responses(responses(false));
        openApi.getPaths().addPathItem("/sparql", path.get(get).post(post));
    }

    private static Parameter query(boolean required) {
        return new Parameter().in("query").name("query").required(required)
                .description("The SPARQL query, once. Without it, GET answers the Service Description.")
                .schema(new StringSchema().example("ASK { ?s ?p ?o }"));
    }

    private static Parameter graphs(String name) {
        return new Parameter().in("query").name(name).required(false)
                .description("A named graph of the store (repeatable); overrides FROM / FROM NAMED")
                .schema(new ArraySchema().items(new StringSchema().example("https://w3id.org/yifa/graph/laws")));
    }

    private static Parameter format() {
        return new Parameter().in("query").name("format").required(false)
                .description("Overrides Accept: " + ResultFormat.names() + ", or a media type")
                .schema(new StringSchema());
    }

    /** SPARQL 1.1 Query Results JSON Format: {@code head.vars} and {@code results.bindings}, or an ASK's {@code boolean}. */
    @SuppressWarnings("rawtypes")
    private static Schema sparqlJsonResults() {
        Schema term = new ObjectSchema()
                .addProperty("type", new StringSchema()._enum(List.of("uri", "literal", "bnode", "triple")))
                .addProperty("value", new Schema<>().description("the term's value (an object for a quoted triple)"))
                .addProperty("datatype", new StringSchema())
                .addProperty("xml:lang", new StringSchema())
                .required(List.of("type", "value"));
        return new ObjectSchema().description("SPARQL 1.1 Query Results JSON Format")
                .addProperty("head", new ObjectSchema()
                        .addProperty("vars", new ArraySchema().items(new StringSchema()).example(List.of("item", "text")))
                        .addProperty("link", new ArraySchema().items(new StringSchema())))
                .addProperty("results", new ObjectSchema().addProperty("bindings", new ArraySchema()
                        .items(new ObjectSchema().additionalProperties(term))))
                .addProperty("boolean", new Schema<Boolean>().type("boolean"))
                .required(List.of("head"));
    }

    /** A graph (CONSTRUCT, DESCRIBE, the service description) as JSON-LD: a document object or an array of nodes. */
    @SuppressWarnings("rawtypes")
    private static Schema jsonLd() {
        return new Schema<>().description("JSON-LD 1.1").oneOf(List.of(
                new ObjectSchema().addProperty("@context", new Schema<>()).addProperty("@graph",
                        new ArraySchema().items(new ObjectSchema())),
                new ArraySchema().items(new ObjectSchema())));
    }

    private static ApiResponses responses(boolean get) {
        Content results = new Content();
        for (ResultFormat format : ResultFormat.values()) {
            String subtype = format.mediaType().getSubtype();
            results.addMediaType(format.mediaType().toString(), new MediaType().schema(subtype.equals("ld+json")
                    ? jsonLd() : subtype.endsWith("json") ? sparqlJsonResults() : new StringSchema()));
        }
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description(get
                        ? "The query's results in the negotiated format; without a query, the Service Description (RDF)"
                        : "The query's results in the negotiated format").content(results));
        error(responses, "400", "Parse error, no or repeated query, a query parameter beside a direct POST, unknown format");
        error(responses, "403", "SPARQL Update: the endpoint is read-only");
        error(responses, "406", "No offered format fits Accept or format=");
        error(responses, "413", "The query is longer than yifa.sparql.max-query-size");
        if (!get) {
            error(responses, "415", "A POST that is neither form-encoded nor application/sparql-query");
        }
        error(responses, "422", "More rows than yifa.sparql.max-rows, when an operator set it");
        error(responses, "503", "Cancelled by yifa.sparql.timeout before the first result");
        return responses;
    }

    private static void error(ApiResponses responses, String status, String description) {
        Schema<String> text = new StringSchema().example("Parse error: Encountered \"<EOF>\" at line 1, column 9.");
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("text/plain", new MediaType().schema(text))));
    }
}
