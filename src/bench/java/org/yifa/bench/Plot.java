package org.yifa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/plot.svg}: time of the full assessment against city size, both on log scales, for
 * Yifa (warm and cold) and each baseline — written by hand, no plotting library.
 */
final class Plot {

    private static final int W = 760;
    private static final int H = 460;
    private static final int LEFT = 80;
    private static final int RIGHT = 200;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    /** key, label, colour, dashed, store of the runs it takes (embedded or remote). */
    private static final String[][] SERIES = {
            {"full_assessment_ms", "Yifa, warm", "#1f5fa8", "", "embedded"},
            {"full_assessment_cold_ms", "Yifa, cold", "#1f5fa8", "6 4", "embedded"},
            {"full_assessment_ms", "Yifa on Fuseki, warm", "#16a085", "", "remote"},
            {"full_assessment_cold_ms", "Yifa on Fuseki, cold", "#16a085", "6 4", "remote"},
            {"shacl_baseline_ms", "(a) SHACL twin", "#c0392b", "", "embedded"},
            {"reasoner_baseline_ms", "(b) OWL Micro + SPARQL", "#7d3c98", "", "embedded"},
            {"scan_floor_ms", "(c) scan floor", "#7f8c8d", "2 3", "embedded"},
    };

    private Plot() {
    }

    static String svg(List<Map<String, Object>> runs) {
        double xMin = Double.MAX_VALUE;
        double xMax = 0;
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        for (Map<String, Object> r : runs) {
            double u = Report.number(r, "units");
            xMin = Math.min(xMin, u);
            xMax = Math.max(xMax, u);
            for (String[] s : SERIES) {
                double v = value(r, s[0]);
                if (v > 0 && takes(s, r)) {
                    yMin = Math.min(yMin, v);
                    yMax = Math.max(yMax, v);
                }
            }
        }
        if (runs.isEmpty() || yMax == 0) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + W + "\" height=\"80\"><text x=\"10\" y=\"40\">No results yet</text></svg>\n";
        }
        double lx0 = Math.floor(Math.log10(xMin / 1.6));
        double lx1 = Math.ceil(Math.log10(xMax * 1.6));
        double ly0 = Math.floor(Math.log10(yMin));
        double ly1 = Math.ceil(Math.log10(yMax));
        Axis x = new Axis(lx0, lx1, LEFT, W - RIGHT);
        Axis y = new Axis(ly0, ly1, H - BOTTOM, TOP);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n", W, H, W, H));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">"
                + "Full assessment of one year, all units, against city size</text>%n", LEFT));
        // Grid and ticks: decades, with 2 and 5 in between on the x axis.
        for (double d = lx0; d <= lx1; d++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, d);
                double lv = Math.log10(v);
                if (lv > lx1 + 1e-9) {
                    continue;
                }
                double px = x.at(lv);
                svg.append(line(px, y.at(ly0), px, y.at(ly1), m == 1 ? "#ddd" : "#f0f0f0"));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%s</text>%n",
                        px, H - BOTTOM + 18, count(v)));
            }
        }
        for (double d = ly0; d <= ly1; d++) {
            double py = y.at(d);
            svg.append(line(x.at(lx0), py, x.at(lx1), py, "#ddd"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#444\">%s</text>%n",
                    LEFT - 8, py + 4, time(Math.pow(10, d))));
        }
        svg.append(line(x.at(lx0), y.at(ly0), x.at(lx1), y.at(ly0), "#333"));
        svg.append(line(x.at(lx0), y.at(ly0), x.at(lx0), y.at(ly1), "#333"));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">units in the city (log scale)</text>%n",
                (x.at(lx0) + x.at(lx1)) / 2, H - 18));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\">"
                + "time (log scale)</text>%n", (y.at(ly0) + y.at(ly1)) / 2));

        int legend = 0;
        boolean anyStopped = false;
        for (String[] s : SERIES) {
            List<double[]> points = new ArrayList<>();
            List<double[]> stopped = new ArrayList<>();
            for (Map<String, Object> r : runs) {
                if (!takes(s, r)) {
                    continue;
                }
                double u = Report.number(r, "units");
                double v = value(r, s[0]);
                if (v > 0) {
                    points.add(new double[] {x.at(Math.log10(u)), y.at(Math.log10(v))});
                } else if (s[0].equals("reasoner_baseline_ms") && Report.map(r, "details").containsKey("reasoner_budget_s")) {
                    double budget = Report.number(Report.map(r, "details"), "reasoner_budget_s") * 1000;
                    stopped.add(new double[] {x.at(Math.log10(u)), y.at(Math.log10(Math.min(budget, Math.pow(10, ly1))))});
                }
            }
            if (points.isEmpty() && stopped.isEmpty()) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            for (double[] p : points) {
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", p[0], p[1]));
            }
            if (points.size() > 1) {
                svg.append(String.format("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", path, s[2],
                        s[3].isEmpty() ? "" : " stroke-dasharray=\"" + s[3] + "\""));
            }
            for (double[] p : points) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", p[0], p[1], s[2]));
            }
            anyStopped |= !stopped.isEmpty();
            for (double[] p : stopped) {
                // Stopped at its budget: an open triangle pointing up (the time is at least this).
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l-6 10 h12 z\" fill=\"white\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                        p[0], p[1] - 4, s[2]));
            }
            double ly = TOP + 14 + 20 * legend++;
            double lx = W - RIGHT + 20;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    lx, ly, lx + 26, ly, s[2], s[3].isEmpty() ? "" : " stroke-dasharray=\"" + s[3] + "\""));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", lx + 13, ly, s[2]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", lx + 34, ly + 4, s[1]));
        }
        if (anyStopped) {
            double note = TOP + 14 + 20 * legend + 10;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%d %.1f l-6 10 h12 z\" fill=\"white\" stroke=\"#7d3c98\" "
                    + "stroke-width=\"2\"/>%n", W - RIGHT + 33, note - 6));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">(b) stopped at its budget</text>%n",
                    W - RIGHT + 54, note + 4));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Whether a series takes the run: the embedded series the embedded runs, the remote ones the remote runs. */
    private static boolean takes(String[] series, Map<String, Object> run) {
        return series[4].equals(Report.remote(run) ? "remote" : "embedded");
    }

    private static double value(Map<String, Object> run, String key) {
        double v = Report.number(run, key);
        return Double.isNaN(v) ? 0 : v;
    }

    private record Axis(double from, double to, double p0, double p1) {
        double at(double v) {
            return p0 + (v - from) / (to - from) * (p1 - p0);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, colour);
    }

    private static String count(double v) {
        return v >= 1000 ? String.format(Locale.ROOT, "%.0fk", v / 1000) : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String time(double ms) {
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.0f s", ms / 1000);
    }
}
