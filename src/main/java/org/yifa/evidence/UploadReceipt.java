package org.yifa.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an accepted upload wrote: the yf:Upload resource and how many records of each kind. */
public record UploadReceipt(String unitId, String upload, int evidence, int judgements, int vetoes, int events) {

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("upload", upload);
        json.put("evidence", evidence);
        json.put("judgements", judgements);
        json.put("vetoes", vetoes);
        json.put("events", events);
        return json;
    }
}
