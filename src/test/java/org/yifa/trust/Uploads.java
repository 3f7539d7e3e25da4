package org.yifa.trust;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

/**
 * The uploads a test sent, and what the store holds of them: each upload (a CSV file
 * {@code {tag}.csv} whose record ids start with {@code {tag}-}) must be there whole — all its
 * records, its yf:Upload and its audit entry, all naming the same upload — or not at all.
 */
final class Uploads {

    private static final Pattern FROM_FILE = Pattern.compile("from (\\S+)\\.csv$");

    /** What the client learnt of one upload. */
    enum Outcome { SENDING, ACCEPTED, REJECTED, CUT_OFF }

    static final class Sent {
        final String tag;
        final String unit;
        final int rows;
        volatile Outcome outcome = Outcome.SENDING;
        volatile String detail = "";

        Sent(String tag, String unit, int rows) {
            this.tag = tag;
            this.unit = unit;
            this.rows = rows;
        }

        @Override
        public String toString() {
            return tag + " (" + rows + " rows for " + unit + ", " + outcome + (detail.isEmpty() ? "" : ": " + detail) + ")";
        }
    }

    /** How the uploads were found. */
    record Found(int whole, int absent, int wholeButUnanswered, int absentButUnanswered) {
    }

    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();

    Sent add(String tag, String unit, int rows) {
        Sent s = new Sent(tag, unit, rows);
        sent.add(s);
        return s;
    }

    Collection<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Sends one upload and records what came back; a broken connection is {@link Outcome#CUT_OFF}. */
    void send(Client client, Sent s, byte[] csv, String authorization) {
        try {
            Client.Answer answer = client.upload(s.unit, s.tag + ".csv", "text/csv", csv, authorization);
            s.outcome = answer.status() == 201 ? Outcome.ACCEPTED : Outcome.REJECTED;
            s.detail = answer.status() == 201 ? "" : answer.toString();
        } catch (IOException e) {
            s.outcome = Outcome.CUT_OFF;
            s.detail = e.toString();
        }
    }

    /** Checks every upload sent so far against the store; fails with every violation found. */
    Found verify(Client client) throws IOException {
        Map<String, Long> records = new HashMap<>();
        Map<String, String> recordUpload = new HashMap<>();
        Map<String, List<String>> uploadResources = new HashMap<>();
        Map<String, List<String>> auditEntries = new HashMap<>();
        List<String> problems = new ArrayList<>();
        // One unit at a time: each query stays small, well within the endpoint's time to first result.
        for (String unit : new TreeSet<>(sent.stream().map(s -> s.unit).toList())) {
            Map<String, String> values = Map.of("unit", unit);
            ResultSetRewindable rs = client.select(Resources.query("upload-records", values));
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String tag = row.getLiteral("tag").getString();
                records.put(tag, row.getLiteral("records").getLong());
                recordUpload.put(tag, row.getLiteral("anUpload").getString());
                if (row.getLiteral("uploads").getLong() != 1) {
                    problems.add(tag + ": records from " + row.getLiteral("uploads").getLong() + " uploads");
                }
            }
            uploadResources.putAll(byTag(client.select(Resources.query("upload-resources", values)), "file"));
            auditEntries.putAll(byTag(client.select(Resources.query("upload-audit", values)), "comment"));
        }

        Set<String> tags = new HashSet<>();
        int whole = 0;
        int absent = 0;
        int wholeUnanswered = 0;
        int absentUnanswered = 0;
        for (Sent s : sent) {
            tags.add(s.tag);
            long n = records.getOrDefault(s.tag, 0L);
            List<String> uploads = uploadResources.getOrDefault(s.tag, List.of());
            List<String> audits = auditEntries.getOrDefault(s.tag, List.of());
            boolean answered = s.outcome == Outcome.ACCEPTED || s.outcome == Outcome.REJECTED;
            if (n == s.rows) {
                whole++;
                wholeUnanswered += answered ? 0 : 1;
                String upload = recordUpload.get(s.tag);
                if (!uploads.equals(List.of(upload))) {
                    problems.add(s + ": records from " + upload + " but yf:Upload resources " + uploads);
                }
                if (!audits.equals(List.of(upload))) {
                    problems.add(s + ": records from " + upload + " but audit entries naming " + audits);
                }
                if (s.outcome == Outcome.REJECTED) {
                    problems.add(s + ": rejected, yet its records are in the store");
                }
            } else if (n == 0) {
                absent++;
                absentUnanswered += answered ? 0 : 1;
                if (!uploads.isEmpty() || !audits.isEmpty()) {
                    problems.add(s + ": no records, yet yf:Upload " + uploads + " and audit entries " + audits);
                }
                if (s.outcome == Outcome.ACCEPTED) {
                    problems.add(s + ": the client got 201, yet nothing of it is in the store");
                }
            } else {
                problems.add(s + ": " + n + " of " + s.rows + " records in the store");
            }
        }
        for (String tag : union(records.keySet(), uploadResources.keySet(), auditEntries.keySet())) {
            if (!tags.contains(tag)) {
                problems.add("the store holds an upload '" + tag + "' that was never sent");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " uploads not whole-or-nothing:\n  " + String.join("\n  ", problems));
        }
        return new Found(whole, absent, wholeUnanswered, absentUnanswered);
    }

    /** Every record has as many triples as any other (they all have the same fields): none is stored in part. */
    void verifyTriples(Client client) throws IOException {
        Set<Long> perRecord = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String unit : new TreeSet<>(sent.stream().map(s -> s.unit).toList())) {
            Map<String, Long> records = new HashMap<>();
            Map<String, String> values = Map.of("unit", unit);
            client.select(Resources.query("upload-records", values)).forEachRemaining(
                    row -> records.put(row.getLiteral("tag").getString(), row.getLiteral("records").getLong()));
            client.select(Resources.query("upload-triples", values)).forEachRemaining(row -> {
                String tag = row.getLiteral("tag").getString();
                long triples = row.getLiteral("triples").getLong();
                long n = records.getOrDefault(tag, 0L);
                if (n == 0 || triples % n != 0) {
                    problems.add(tag + ": " + triples + " triples for " + n + " records");
                } else {
                    perRecord.add(triples / n);
                }
            });
        }
        if (perRecord.size() > 1) {
            problems.add("records of the same shape have different numbers of triples: " + perRecord);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** Upload IRIs by the tag of the file they came from. */
    private static Map<String, List<String>> byTag(ResultSetRewindable rs, String fileVar) {
        Map<String, List<String>> byTag = new HashMap<>();
        rs.forEachRemaining(row -> {
            String file = row.contains(fileVar) ? row.getLiteral(fileVar).getString() : "";
            Matcher m = FROM_FILE.matcher(file);
            String tag = m.find() ? m.group(1) : file.replaceFirst("\\.csv$", "");
            String upload = row.contains("upload") ? row.getResource("upload").getURI() : "(none)";
            byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(upload);
        });
        return byTag;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
