package org.yifa.accept;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;

/**
 * One media range of an Accept header with its weight: {@code type} and {@code subtype} lower case,
 * either may be {@code *}; {@code parameters} are those before the weight, names lower case.
 */
record MediaRange(String type, String subtype, Map<String, String> parameters, double weight) {

    /** 0 for {@code *}{@code /*}, 1 for {@code type/*}, 2 for a type, plus one for each parameter. */
    int specificity() {
        return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2 + parameters.size();
    }

    /**
     * Whether the range covers {@code offered}: its type and subtype (or wildcards), and each of its
     * parameters with the same value. {@code charset} is compared case-insensitively and, where the
     * offered type names none, matches UTF-8, the charset of every text this service sends.
     */
    boolean matches(MediaType offered) {
        if (!type.equals("*") && !type.equalsIgnoreCase(offered.getType())) {
            return false;
        }
        if (!subtype.equals("*") && !subtype.equalsIgnoreCase(offered.getSubtype())) {
            return false;
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            String have = offered.getParameter(p.getKey());
            if (p.getKey().equals("charset")) {
                if (!p.getValue().equalsIgnoreCase(have == null ? "utf-8" : unquote(have))) {
                    return false;
                }
            } else if (have == null || !p.getValue().equals(unquote(have))) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1")
                : value;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
