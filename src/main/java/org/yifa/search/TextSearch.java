package org.yifa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.springframework.stereotype.Service;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;

/**
 * Ranked full-text search over items, provisions, laws and criteria, through the {@code search*}
 * queries of the library (jena-text). Words are segmented as the index segments them; a hit must hold
 * every word of the query, and one that holds them as the exact phrase ranks before every one that does not.
 *
 * <p>On a remote SPARQL store there is no text index: the search is {@link Result#degraded() degraded}
 * to {@code queries/search-portable.rq}, CONTAINS over the same properties, and the hits that hold every
 * word are ranked here: the exact phrase first, then the earlier the first word appears, then the
 * shorter the text. The score is then {@code (2 if the phrase is in it, else 1) / (1 + position)}.
 */
@Service
public class TextSearch {

    /** Kinds a search can be narrowed to, and the library query for each. */
    static final Map<String, String> QUERIES = Map.of(
            "item", "search-items", "provision", "search-provisions", "law", "search-laws", "criterion", "search-criteria");

    static final int MAX_LIMIT = 200;
    private static final int SNIPPET_LENGTH = 120;

    private final QueryLibrary queries;
    private final Analyzer analyzer = new SmartChineseAnalyzer();

    TextSearch(QueryLibrary queries) {
        this.queries = queries;
    }

    /** One ranked hit; fields that do not apply to its kind are null. */
    public record Hit(String iri, String kind, String notation, String item, String law, String version,
                      String article, String paragraph, String title, double score, String snippet) {
    }

    /**
     * The answer: the Lucene query run (for reuse in SPARQL {@code text:query}; null when degraded), the
     * hits, best first, and whether the search was degraded to substring matching (remote store).
     */
    public record Result(String luceneQuery, List<String> words, List<Hit> hits, boolean degraded) {
    }

    /** Properties each kind is searched in, as the search*.rq queries do: for the degraded search. */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "item", Set.of(Yf.text.getURI()),
            "provision", Set.of(Yf.text.getURI(), "http://data.europa.eu/eli/ontology#title"),
            "law", Set.of("http://data.europa.eu/eli/ontology#title"),
            "criterion", Set.of(Yf.obligation.getURI()));

    /**
     * Searches {@code text} (plain words, not Lucene syntax) in all kinds or in one kind, best first.
     *
     * @throws IllegalArgumentException for an empty query, one without searchable words, an unknown kind or a bad limit
     */
    public Result search(String text, String kind, int limit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give the words to search for as q=…");
        }
        if (kind != null && !QUERIES.containsKey(kind)) {
            throw new IllegalArgumentException("Unknown kind '" + kind + "': use item, provision, law or criterion");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' holds no searchable words");
        }
        if (!queries.runsOnStore("search")) {
            return degraded(text, kind, limit, words);
        }
        String lucene = luceneQuery(text, words);
        List<QuerySolution> rows = kind == null
                // Paragraphs fold into their articles below: ask for more than the limit.
                ? queries.select("search", Map.of("query", lucene, "limit", String.valueOf(Math.max(100, limit * 5))))
                : queries.select(QUERIES.get(kind), Map.of("query", lucene));
        // Lucene's boost of the phrase is a weight, not an order: a short article holding both words apart
        // can outscore a long sentence holding the phrase. Whatever holds the phrase ranks first, as the
        // degraded path ranks it: score s becomes 1 + s/(1+s) with the phrase, s/(1+s) without.
        String phrase = text.strip().toLowerCase(java.util.Locale.ROOT);
        record Scored(QuerySolution row, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (QuerySolution row : rows) {
            double s = row.getLiteral("score").getDouble();
            String matched = text(row, "matched");
            boolean holds = matched != null && matched.toLowerCase(java.util.Locale.ROOT).contains(phrase);
            scored.add(new Scored(row, (holds ? 1 : 0) + s / (1 + s)));
        }
        scored.sort(java.util.Comparator.comparingDouble((Scored r) -> -r.score()));
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Scored ranked : scored) {
            QuerySolution row = ranked.row();
            Hit hit = hit(row, words, ranked.score());
            // One hit per article: its own match or the best of its paragraphs, whichever ranks first.
            String key = hit.kind().equals("provision") && row.contains("article")
                    ? row.getResource("article").getURI() : hit.iri();
            hits.putIfAbsent(key, hit);
            if (hits.size() == limit) {
                break;
            }
        }
        return new Result(lucene, words, List.copyOf(hits.values()), false);
    }

    private Result degraded(String text, String kind, int limit, List<String> words) {
        String phrase = text.strip().toLowerCase(java.util.Locale.ROOT);
        // The longest word narrows the store's scan most; the other words are checked here.
        String needle = words.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        record Ranked(QuerySolution row, double score, int length) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (QuerySolution row : queries.select("search-portable", Map.of("needle", needle))) {
            String rowKind = text(row, "kind");
            String property = row.getResource("property").getURI();
            if (kind != null && (!kind.equals(rowKind) || !PROPERTIES.get(kind).contains(property))) {
                continue;
            }
            String matched = text(row, "matched").toLowerCase(java.util.Locale.ROOT);
            if (!words.stream().allMatch(matched::contains)) {
                continue;
            }
            int position = words.stream().mapToInt(matched::indexOf).min().orElse(0);
            double score = (matched.contains(phrase) ? 2.0 : 1.0) / (1 + position);
            ranked.add(new Ranked(row, score, matched.length()));
        }
        ranked.sort(java.util.Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparingInt(Ranked::length)
                .thenComparing(r -> r.row().getResource("hit").getURI()));
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Ranked r : ranked) {
            Hit hit = hit(r.row(), words, r.score());
            String key = hit.kind().equals("provision") && r.row().contains("article")
                    ? r.row().getResource("article").getURI() : hit.iri();
            hits.putIfAbsent(key, hit);
            if (hits.size() == limit) {
                break;
            }
        }
        return new Result(null, words, List.copyOf(hits.values()), true);
    }

    /** The words the index's analyzer finds in a text, in order, each once. */
    List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    /** The exact phrase, boosted, or else every word: {@code "合法性审查"^2 OR (+合法性 +审查)}. */
    static String luceneQuery(String text, List<String> words) {
        StringBuilder all = new StringBuilder();
        for (String word : words) {
            all.append(all.isEmpty() ? "+" : " +").append(QueryParserBase.escape(word));
        }
        return "\"" + QueryParserBase.escape(text.strip()) + "\"^2 OR (" + all + ")";
    }

    /** A row of any search query (they share their columns) as a hit. */
    private static Hit hit(QuerySolution row, List<String> words, double score) {
        String kind = text(row, "kind");
        String matched = text(row, "matched");
        String title = text(row, "title");
        String article = null;
        String paragraph = null;
        if (kind.equals("provision")) {
            String number = text(row, "number");
            String heading = text(row, "heading");
            if (number != null && row.contains("article")) {
                // 第二十五条第一款 → article 第二十五条, paragraph 第一款
                int cut = number.indexOf('条') + 1;
                article = number.substring(0, cut);
                paragraph = number.substring(cut);
            } else if (heading == null) {
                // An article; chapters, sections and the preamble have a heading and no article.
                article = number;
            }
            title = String.join(" ", Stream.of(text(row, "law"), number, heading).filter(Objects::nonNull).toList());
        } else if (kind.equals("criterion")) {
            title = matched;
        }
        return new Hit(row.getResource("hit").getURI(), kind, text(row, "notation"), text(row, "item"),
                text(row, "law"), text(row, "version"), article, paragraph, title,
                score, Snippets.of(matched, words, SNIPPET_LENGTH));
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
