package org.yifa.lod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The web pages of linked data: one resource, a whole document (ontology, shapes, VoID), a named graph. */
final class Pages {

    private static final Node TYPE = RDF.type.asNode();
    /** Order of sections on a document page. */
    private static final List<Node> DOCUMENT_GROUPS = List.of(OWL.Ontology.asNode(), OWL.Class.asNode(),
            RDFS.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), RDF.Property.asNode(), SKOS.ConceptScheme.asNode(), SKOS.Concept.asNode());

    private final String contextPath;
    private final PrefixMapping prefixes;
    private final Map<Node, String> names;
    private final Graph graph;

    private Pages(String contextPath, PrefixMapping prefixes, Description description) {
        this.contextPath = contextPath;
        this.prefixes = prefixes;
        this.names = description.names();
        this.graph = description.graph();
    }

    /** The page of one resource: labels, types, its properties, what points to it, other formats. */
    static String resource(Description d, String contextPath, PrefixMapping prefixes, List<RdfFormat> formats) {
        Pages pages = new Pages(contextPath, prefixes, d);
        Html html = new Html();
        String iri = d.resource().getURI();
        List<Node> labels = Labels.all(d.graph(), d.resource());
        String title = labels.isEmpty() ? d.names().getOrDefault(d.resource(), pages.shortName(iri))
                : labels.get(0).getLiteralLexicalForm();
        html.begin(title, contextPath, alternates(formats));
        pages.heading(html, d.resource(), title, labels, formats);
        pages.properties(html, d.resource(), new HashSet<>(), true);

        html.element("h2", "指向此处 What points here (" + d.incomingTotal() + ")");
        if (d.incoming().isEmpty()) {
            html.element("p", "muted", "没有其他资源指向此处。Nothing in the store points here.");
        } else {
            html.raw("<table><thead><tr><th>资源 Resource</th><th>属性 Property</th></tr></thead><tbody>");
            for (Triple t : d.incoming()) {
                html.open("tr").open("td");
                pages.node(html, t.getSubject(), new HashSet<>());
                html.close("td").open("td");
                pages.property(html, t.getPredicate());
                html.close("td").close("tr");
            }
            html.raw("</tbody></table>");
            if (d.incomingTotal() > d.incoming().size()) {
                html.element("p", "muted", "显示前 " + d.incoming().size() + " 条，共 " + d.incomingTotal()
                        + " 条。Showing the first " + d.incoming().size() + " of " + d.incomingTotal()
                        + "; ask /sparql for all.");
            }
        }
        return html.end();
    }

    /**
     * The page of a document whose terms are hash IRIs (the ontology, the shapes, VoID): the
     * document's own properties, then one section per subject with an anchor for its fragment.
     */
    static String document(Description d, String contextPath, PrefixMapping prefixes, List<RdfFormat> formats) {
        Pages pages = new Pages(contextPath, prefixes, d);
        Html html = new Html();
        String iri = d.resource().getURI();
        List<Node> labels = Labels.all(d.graph(), d.resource());
        String title = labels.isEmpty() ? pages.shortName(iri) : labels.get(0).getLiteralLexicalForm();
        html.begin(title, contextPath, alternates(formats));
        pages.heading(html, d.resource(), title, labels, formats);
        Set<Node> shown = new HashSet<>();
        pages.properties(html, d.resource(), shown, true);

        Set<Node> referenced = new HashSet<>();
        d.graph().find().forEachRemaining(t -> referenced.add(t.getObject()));
        List<Node> subjects = new ArrayList<>();
        d.graph().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.equals(d.resource()) && !subjects.contains(s) && (s.isURI() || !referenced.contains(s))) {
                subjects.add(s);
            }
        });
        subjects.sort(Comparator.comparingInt((Node s) -> pages.group(s)).thenComparing(pages::sortKey, Pages::natural));

        html.element("h2", "目录 Contents (" + subjects.size() + ")");
        html.open("ul", "values");
        for (Node s : subjects) {
            if (s.isURI()) {
                html.open("li").link(pages.localHref(s.getURI(), iri), pages.shortName(s.getURI()));
                String name = d.names().get(s);
                if (name != null) {
                    html.raw(" ").element("span", "muted", name);
                }
                html.close("li");
            }
        }
        html.close("ul");
        for (Node s : subjects) {
            html.open("section");
            if (s.isURI()) {
                String fragment = fragmentIn(s.getURI(), iri);
                if (fragment != null) {
                    html.anchor(fragment);
                }
                html.open("h2").link(LodIris.href(contextPath, s.getURI()), pages.shortName(s.getURI()));
                String name = d.names().get(s);
                if (name != null) {
                    html.raw(" ").element("span", "muted", name);
                }
                html.close("h2");
            }
            pages.properties(html, s, shown, false);
            html.close("section");
        }
        return html.end();
    }

    /** A summary of a named graph: size, subjects, instances per class, the formats it comes in. */
    static String graph(GraphSummary g, String contextPath, PrefixMapping prefixes, List<RdfFormat> formats) {
        Pages pages = new Pages(contextPath, prefixes, new Description(g.graph(), g.description(), List.of(), 0, g.names()));
        Html html = new Html();
        String iri = g.graph().getURI();
        html.begin(iri, contextPath, alternates(formats));
        html.element("h1", "命名图 Named graph " + pages.shortName(iri));
        html.open("p", "iri").element("code", iri).close("p");
        pages.formats(html, formats);
        html.element("p", g.triples() + " 条三元组 triples · " + g.subjects() + " 个主语 subjects"
                + (g.publicGraph() ? " · 公开数据 public (in the dumps and VoID)" : " · 单位数据 unit data (not in the dumps)"));
        pages.properties(html, g.graph(), new HashSet<>(), false);
        html.element("h2", "类与实例数 Classes and instances");
        html.raw("<table><thead><tr><th>类 Class</th><th>实例 Instances</th></tr></thead><tbody>");
        g.classes().forEach((c, n) -> {
            html.open("tr").open("td");
            pages.node(html, c, new HashSet<>());
            html.close("td").element("td", n).close("tr");
        });
        html.raw("</tbody></table>");
        return html.end();
    }

    /** The 404 page. */
    static String notFound(String iri, String contextPath) {
        Html html = new Html();
        html.begin("未找到 Not found", contextPath, Map.of());
        html.element("h1", "未找到 Not found");
        html.open("p").text("本数据中没有这个资源。The store holds nothing about ").element("code", iri).text(".").close("p");
        html.open("p").link(contextPath + "/downloads", "下载与数据集说明 Downloads and dataset description").close("p");
        return html.end();
    }

    private void heading(Html html, Node resource, String title, List<Node> labels, List<RdfFormat> formats) {
        html.element("h1", title);
        if (labels.size() > 1) {
            html.open("p");
            for (int i = 1; i < labels.size(); i++) {
                literal(html, labels.get(i));
                html.raw(i + 1 < labels.size() ? " · " : "");
            }
            html.close("p");
        }
        html.open("p", "iri").element("code", resource.getURI()).close("p");
        List<Node> types = graph.find(resource, TYPE, Node.ANY).mapWith(Triple::getObject).toList();
        if (!types.isEmpty()) {
            html.open("p").text("类型 Type: ");
            for (int i = 0; i < types.size(); i++) {
                node(html, types.get(i), new HashSet<>());
                html.raw(i + 1 < types.size() ? ", " : "");
            }
            html.close("p");
        }
        formats(html, formats);
    }

    private void formats(Html html, List<RdfFormat> formats) {
        html.open("p").text("其他格式 Other formats: ").open("ul", "formats");
        for (RdfFormat f : formats) {
            if (f != RdfFormat.HTML) {
                html.open("li").link("?format=" + f.param(), f.mediaType.toString()).close("li");
            }
        }
        html.close("ul").close("p");
    }

    private static Map<String, String> alternates(List<RdfFormat> formats) {
        Map<String, String> links = new LinkedHashMap<>();
        formats.stream().filter(f -> f != RdfFormat.HTML).forEach(f -> links.put(f.mediaType.toString(), "?format=" + f.param()));
        return links;
    }

    /** The property table of a subject; blank-node values are shown nested. */
    private void properties(Html html, Node subject, Set<Node> visiting, boolean typesShown) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!typesShown || !t.getPredicate().equals(TYPE)) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        if (byProperty.isEmpty()) {
            return;
        }
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        properties.sort(Comparator.comparingInt((Node p) -> Labels.PROPERTIES.contains(p) ? Labels.PROPERTIES.indexOf(p) : 99)
                .thenComparing(p -> prefixed(p.getURI())));
        html.raw("<table><thead><tr><th>属性 Property</th><th>值 Value</th></tr></thead><tbody>");
        visiting.add(subject);
        for (Node p : properties) {
            List<Node> values = byProperty.get(p);
            values.sort(Comparator.comparing(this::sortKey, Pages::natural));
            html.open("tr").open("td", "p");
            property(html, p);
            html.close("td").open("td");
            if (values.size() == 1) {
                node(html, values.get(0), visiting);
            } else {
                html.open("ul", "values");
                for (Node v : values) {
                    html.open("li");
                    node(html, v, visiting);
                    html.close("li");
                }
                html.close("ul");
            }
            html.close("td").close("tr");
        }
        visiting.remove(subject);
        html.raw("</tbody></table>");
    }

    private void property(Html html, Node p) {
        html.link(LodIris.href(contextPath, p.getURI()), prefixed(p.getURI()));
        String name = names.get(p);
        if (name != null) {
            html.raw(" ").element("span", "muted", name);
        }
    }

    private void node(Html html, Node node, Set<Node> visiting) {
        if (node.isLiteral()) {
            literal(html, node);
        } else if (node.isURI()) {
            String iri = node.getURI();
            String name = names.get(node);
            html.link(LodIris.href(contextPath, iri), name != null ? name : prefixed(iri));
            if (name != null) {
                html.raw(" ").element("code", "muted", prefixed(iri));
            }
        } else if (node.isBlank()) {
            List<Node> list = list(node);
            if (list != null) {
                html.open("ol");
                for (Node item : list) {
                    html.open("li");
                    node(html, item, visiting);
                    html.close("li");
                }
                html.close("ol");
            } else if (visiting.contains(node)) {
                html.element("span", "muted", "(cycle)");
            } else if (!graph.contains(node, Node.ANY, Node.ANY)) {
                html.element("span", "muted", "[ ]");
            } else {
                properties(html, node, visiting, false);
            }
        }
    }

    private void literal(Html html, Node literal) {
        html.element("span", "v", literal.getLiteralLexicalForm());
        String lang = literal.getLiteralLanguage();
        if (!lang.isEmpty()) {
            html.element("span", "lang", "@" + lang);
        } else if (!literal.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
            html.element("span", "dt", prefixed(literal.getLiteralDatatypeURI()));
        }
    }

    /** The members of a well-formed RDF list starting at {@code node}, or null. */
    private List<Node> list(Node node) {
        List<Node> items = new ArrayList<>();
        Node current = node;
        Set<Node> seen = new HashSet<>();
        while (!current.equals(RDF.nil.asNode())) {
            if (!current.isBlank() || !seen.add(current)) {
                return null;
            }
            List<Triple> first = graph.find(current, RDF.first.asNode(), Node.ANY).toList();
            List<Triple> rest = graph.find(current, RDF.rest.asNode(), Node.ANY).toList();
            if (first.size() != 1 || rest.size() != 1) {
                return null;
            }
            items.add(first.get(0).getObject());
            current = rest.get(0).getObject();
        }
        return items;
    }

    private int group(Node subject) {
        int best = DOCUMENT_GROUPS.size();
        for (Triple t : graph.find(subject, TYPE, Node.ANY).toList()) {
            int i = DOCUMENT_GROUPS.indexOf(t.getObject());
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

    private String sortKey(Node n) {
        if (n.isURI()) {
            String name = names.get(n);
            return (name != null ? name + " " : "") + n.getURI();
        }
        return n.isLiteral() ? Labels.languageRank(n) + n.getLiteralLexicalForm() : "~" + n;
    }

    private String prefixed(String iri) {
        return prefixes.shortForm(iri);
    }

    private String shortName(String iri) {
        return prefixed(iri);
    }

    private String localHref(String iri, String document) {
        String fragment = fragmentIn(iri, document);
        return fragment != null ? "#" + org.springframework.web.util.UriUtils.encodeFragment(fragment,
                java.nio.charset.StandardCharsets.UTF_8) : LodIris.href(contextPath, iri);
    }

    private static String fragmentIn(String iri, String document) {
        return iri.startsWith(document + "#") ? iri.substring(document.length() + 1) : null;
    }

    /** Compares strings with their digit runs as numbers, so that item 1.10 follows 1.9. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
