package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

/**
 * Every text the service shows comes from data — here, an upload whose title, reference, submitter
 * and file name are markup, for a unit whose name is markup. Wherever such text comes back, it must
 * be inert: in JSON, CSV, TSV, Turtle and plain text (never sniffed: {@code nosniff}) it may stand as
 * it is; in HTML and XML it must be escaped. The data itself is kept as sent. The browser-level check
 * of the UI is the UI's own test.
 */
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssTest {

    static final String TITLE = "<img src=x onerror=alert(1)>";
    static final String REFERENCE = "<script>alert(\"yifa\")</script>";
    static final String SUBMITTER = "\"><svg onload=alert(1)>";
    static final String FILE = "<img src=x onerror=alert(2)>.csv";
    static final String LABEL = "<b onmouseover=alert(3)>测试局</b>";
    /** What betrays live markup in a response: the raw start of each payload. */
    static final List<String> RAW = List.of("<img src=x", "<script>", "<svg onload", "<b onmouseover");

    /** Types a browser does not render as a document when told {@code nosniff}. */
    static final List<String> INERT = List.of("application/json", "application/problem+json",
            "application/sparql-results+json", "application/ld+json", "text/csv", "text/tab-separated-values",
            "text/turtle", "application/n-triples", "text/plain");

    @LocalServerPort
    int port;

    @Autowired
    Dataset dataset;

    final String unit = "trust-xss-" + UUID.randomUUID().toString().substring(0, 8);
    final String recordId = "xss-1";
    Client client;

    @BeforeAll
    void uploadMarkup() throws IOException {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(Resources.text("xss-unit.ttl").replace("{unit}", unit), Lang.TURTLE).parse(model);
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(Units.graph(unit)).add(model));
        client = new Client("http://127.0.0.1:" + port, Duration.ofSeconds(60));
        String csv = EvidenceCsv.HEADER + "\n" + recordId + ",training-record,2024-05-06," + EvidenceCsv.quote(TITLE) + ","
                + EvidenceCsv.quote(REFERENCE) + ",,,7.4-1,,," + EvidenceCsv.quote(SUBMITTER) + "\n";
        Client.Answer answer = client.upload(unit, FILE, "text/csv", csv.getBytes(StandardCharsets.UTF_8), TestUsers.ADMIN_TOKEN);
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    }

    @AfterAll
    void removeUnit() {
        Units.remove(dataset, List.of(unit));
    }

    @Test
    void theUploadedMarkupIsKeptAsDataAndComesBackInertEverywhere() throws IOException {
        Map<String, String> requests = new LinkedHashMap<>();
        String encodedTitle = Client.encode(TITLE).replace("+", "%20");
        requests.put("/api/units", "application/json");
        requests.put("/api/units/" + unit + "/evidence", "application/json");
        requests.put("/api/units/" + unit + "/assessment?year=2024", "application/json");
        requests.put("/api/units/" + unit + "/items/7.4/explain?year=2024", "application/json");
        requests.put("/api/gaps?year=2024", "application/json");
        String texts = Client.encode(Resources.query("xss-texts", Map.of("unit", unit)));
        String graph = Client.encode(Resources.query("xss-graph", Map.of("unit", unit)));
        for (String type : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values", "text/html", "*/*")) {
            requests.put("/sparql?query=" + texts + "#" + type, type);
        }
        for (String type : List.of("text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples",
                "text/html")) {
            requests.put("/sparql?query=" + graph + "#" + type, type);
        }
        // Error answers that may echo what the client sent.
        for (String path : List.of("/api/items/" + encodedTitle, "/api/units/" + encodedTitle + "/assessment",
                "/api/units/" + unit + "/items/" + encodedTitle + "/explain", "/api/laws/" + encodedTitle,
                "/api/provisions?law=" + encodedTitle + "&article=1", "/api/units/" + encodedTitle + "/evidence",
                "/sparql?query=" + encodedTitle, "/api/search?q=" + encodedTitle)) {
            requests.put(path + "#html", "text/html,application/xhtml+xml");
            requests.put(path + "#any", "*/*");
        }
        // Pages, where main has them (the linked-data pages and the UI come from other branches).
        for (String path : List.of("/", "/index.html", "/id/unit/" + unit, "/id/evidence/" + unit + "/" + recordId)) {
            requests.put(path + "#html", "text/html,application/xhtml+xml");
        }

        List<String> report = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : requests.entrySet()) {
            String path = e.getKey().replaceFirst("#.*$", "");
            Client.Answer answer = client.get(path, "Accept", e.getValue());
            String type = answer.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
            String body = answer.text();
            boolean carries = RAW.stream().anyMatch(body::contains);
            boolean nosniff = answer.headers().firstValue("X-Content-Type-Options").orElse("").equalsIgnoreCase("nosniff");
            String verdict;
            if (answer.status() >= 500) {
                verdict = "FAIL: " + answer.status();
            } else if (!carries) {
                verdict = body.contains("&lt;img") || body.contains("&lt;script") || body.contains("&lt;b ") ? "escaped" : "absent";
            } else if (INERT.contains(type) && nosniff) {
                verdict = "as data";
            } else {
                verdict = "FAIL: live markup in " + (type.isEmpty() ? "a response without Content-Type" : type)
                        + (nosniff ? "" : " without nosniff");
            }
            report.add(String.format("%-3d %-32s %-8s %s  %s", answer.status(), type, verdict.startsWith("FAIL") ? "" : verdict,
                    abbreviate(path), verdict.startsWith("FAIL") ? verdict : ""));
            if (verdict.startsWith("FAIL")) {
                problems.add(path + " (Accept " + e.getValue() + "): " + verdict);
            }
        }
        System.out.println("XssTest: where uploaded markup comes back\n  " + String.join("\n  ", report));
        assertThat(problems).isEmpty();

        // The data is kept exactly as sent, neither stripped nor escaped in the store.
        String listing = client.get("/api/units/" + unit + "/evidence").text();
        assertThat(listing).contains(jsonString(TITLE), jsonString(REFERENCE), jsonString(SUBMITTER));
        assertThat(client.get("/api/units").text()).contains(jsonString(LABEL));
    }

    /** The JSON form of a string, as Jackson writes it (quotes escaped, nothing else). */
    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String abbreviate(String path) {
        String decoded = java.net.URLDecoder.decode(path, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return decoded.length() > 90 ? decoded.substring(0, 90) + "…" : decoded;
    }
}
