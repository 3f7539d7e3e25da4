package org.yifa.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A node of the graph explorer; facts the store does not hold for it are absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GraphNode(@Schema(description = "the node's IRI") String id,
                 @Schema(allowableValues = {"item", "criterion", "evidenceType", "body", "provision", "law", "unit",
                         "finding", "vetoEvent"}) String kind,
                 @Schema(example = "行政许可法第十二条") String label, String notation, String text, String status,
                 String versionDate, String labelZh, String labelEn) {

    static GraphNode of(Map<String, Object> json) {
        return new GraphNode(s(json, "id"), s(json, "kind"), s(json, "label"), s(json, "notation"), s(json, "text"),
                s(json, "status"), s(json, "versionDate"), s(json, "labelZh"), s(json, "labelEn"));
    }

    private static String s(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value == null ? null : value.toString();
    }
}
