package org.yifa.lod;

import java.util.Locale;

/**
 * A small HTML writer. Every text and attribute value goes through {@link #text} or
 * {@link #attr}, because law texts and uploaded titles may contain {@code <} and quotes.
 */
final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;line-height:1.5}
            header{background:#8b1a1a;color:#fff;padding:.5em 1.5em}header a{color:#fff;margin-right:1em;text-decoration:none}
            main{padding:1em 1.5em;max-width:70em}h1{font-size:1.5em;margin:.3em 0}h2{font-size:1.2em;margin-top:1.5em}
            .iri,.muted{color:#666;font-size:.9em}code{font-size:.9em;word-break:break-all}
            table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f4f4f4}td.p{width:16em;word-break:break-all}.v{white-space:pre-wrap}
            table table{margin:0;border:1px solid #eee}.lang,.dt{color:#888;font-size:.8em;margin-left:.3em}
            section{border-top:1px solid #ccc;margin-top:1em}ul.values{margin:0;padding-left:1.1em}ul.formats{display:inline;padding:0}
            ul.formats li{display:inline;margin-right:.8em}""";

    private final StringBuilder out = new StringBuilder(8192);

    static String escape(String s) {
        StringBuilder escaped = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String attr(String s) {
        return escape(s);
    }

    /** Only web links become hrefs: an IRI such as {@code javascript:…} in uploaded data stays text. */
    static boolean linkable(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("/");
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object s) {
        out.append(escape(String.valueOf(s)));
        return this;
    }

    Html open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    Html open(String tag, String cssClass) {
        out.append('<').append(tag).append(" class=\"").append(attr(cssClass)).append("\">");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html element(String tag, Object content) {
        return open(tag).text(content).close(tag);
    }

    Html element(String tag, String cssClass, Object content) {
        return open(tag, cssClass).text(content).close(tag);
    }

    Html link(String href, Object content) {
        if (!linkable(href)) {
            return text((Object) content);
        }
        out.append("<a href=\"").append(attr(href)).append("\">").append(escape(String.valueOf(content))).append("</a>");
        return this;
    }

    Html anchor(String id) {
        out.append("<span id=\"").append(attr(id)).append("\"></span>");
        return this;
    }

    /** Opens a page: title, alternates ({@code type → href}), a header with the service's main links. */
    Html begin(String title, String contextPath, java.util.Map<String, String> alternates) {
        out.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" — Yifa 依法</title>");
        alternates.forEach((type, href) -> out.append("<link rel=\"alternate\" type=\"").append(attr(type))
                .append("\" href=\"").append(attr(href)).append("\">"));
        out.append("<style>").append(STYLE).append("</style></head><body><header>");
        link(contextPath + "/", "Yifa 依法");
        link(contextPath + "/ont", "本体 Ontology");
        link(contextPath + "/downloads", "下载 Downloads");
        link(contextPath + "/void", "VoID");
        link(contextPath + "/sparql", "SPARQL");
        out.append("</header><main>");
        return this;
    }

    String end() {
        out.append("</main></body></html>\n");
        return out.toString();
    }
}
