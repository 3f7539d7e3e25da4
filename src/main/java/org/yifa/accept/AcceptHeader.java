package org.yifa.accept;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;

/**
 * The Accept header as RFC 9110 §12.5.1 reads it, and the choice among what the server offers. A
 * type's weight is that of the most specific range that covers it ({@code text/turtle;q=0} excludes
 * Turtle even after {@code *}{@code /*}); weight 0 means not acceptable; among equal weights the
 * server's order of preference decides. A malformed range or weight is left out rather than failing
 * the request; a header that is absent, blank or holds no readable range accepts anything.
 */
public final class AcceptHeader {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** RFC 9110 §12.4.2: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    private final List<MediaRange> ranges;

    private AcceptHeader(List<MediaRange> ranges) {
        this.ranges = ranges;
    }

    public static AcceptHeader parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        if (header != null) {
            for (String element : split(header, ',')) {
                MediaRange range = range(element);
                if (range != null) {
                    ranges.add(range);
                }
            }
        }
        return new AcceptHeader(List.copyOf(ranges));
    }

    /** Whether the header accepts anything, being absent or unreadable. */
    public boolean acceptsAnything() {
        return ranges.isEmpty();
    }

    /** The weight of {@code offered}: that of the most specific range covering it, 0 when none does. */
    public double weight(MediaType offered) {
        return weight(List.of(offered));
    }

    /**
     * The weight of an offer that answers to several media types (the first its own, the others
     * aliases): that of the most specific range covering any of them, the earlier type on a tie.
     */
    public double weight(List<MediaType> types) {
        if (ranges.isEmpty()) {
            return 1;
        }
        MediaRange best = null;
        for (MediaType type : types) {
            for (MediaRange range : ranges) {
                if (range.matches(type) && (best == null || range.specificity() > best.specificity())) {
                    best = range;
                }
            }
        }
        return best == null ? 0 : best.weight();
    }

    /** The offer of highest weight above 0, the earlier in {@code offered} on a tie; empty if none is acceptable. */
    public <T> Optional<T> choose(List<T> offered, Function<T, List<MediaType>> types) {
        T best = null;
        double bestWeight = 0;
        for (T offer : offered) {
            double w = weight(types.apply(offer));
            if (w > bestWeight) {
                best = offer;
                bestWeight = w;
            }
        }
        return Optional.ofNullable(best);
    }

    private static MediaRange range(String element) {
        List<String> parts = split(element, ';');
        if (parts.isEmpty()) {
            return null;
        }
        String[] typeAndSubtype = parts.get(0).strip().split("/", -1);
        if (typeAndSubtype.length != 2 || !TOKEN.matcher(typeAndSubtype[0]).matches()
                || !TOKEN.matcher(typeAndSubtype[1]).matches()
                || typeAndSubtype[0].equals("*") && !typeAndSubtype[1].equals("*")) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        double weight = 1;
        for (String part : parts.subList(1, parts.size())) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = MediaRange.lower(eq < 0 ? p : p.substring(0, eq).strip());
            String value = eq < 0 ? "" : unquote(p.substring(eq + 1).strip());
            if (!TOKEN.matcher(name).matches() || value == null) {
                return null;
            }
            if (name.equals("q")) {
                if (!QVALUE.matcher(value).matches()) {
                    return null;
                }
                weight = Double.parseDouble(value);
                break; // what follows the weight is accept-ext (RFC 7231), not part of the range
            }
            parameters.put(name, value);
        }
        return new MediaRange(MediaRange.lower(typeAndSubtype[0]), MediaRange.lower(typeAndSubtype[1]),
                Map.copyOf(parameters), weight);
    }

    /** A token, or a quoted-string without its quotes and escapes; null when neither. */
    private static String unquote(String value) {
        if (!value.startsWith("\"")) {
            return TOKEN.matcher(value).matches() ? value : null;
        }
        if (value.length() < 2 || !value.endsWith("\"")) {
            return null;
        }
        return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
    }

    /** Splits on {@code separator} outside quoted strings. */
    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                part.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
