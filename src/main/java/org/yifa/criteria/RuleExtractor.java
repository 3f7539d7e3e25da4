package org.yifa.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yifa.framework.parse.ChineseNumerals;

/**
 * Reads the counts, periods, deadlines, validity caps, start dates and windows that a checklist
 * sentence sets, and whom it binds. The rules are patterns of ordinary Chinese administrative
 * wording, not of one document: 每年至少举办1期, 每年2期以上, 不少于2次, 至少每年听取1次, 每年第一季度,
 * 有效期一般不超过5年, 暂行、试行的…不超过3年, 自2016年1月1日起, 近两年内, 进行1次, 年度实施方案, 列入年度预算.
 */
public final class RuleExtractor {

    private static final String VERB = "(?:举办|组织|开展|听取|召开|进行|报告|部署)?";
    private static final Pattern YEARLY_COUNT = Pattern.compile(
            "(?:每年|至少每年)(?:应当|要)?(?:至少)?" + VERB + "(?:开展)?(?:不少于|至少)?(\\d+)(期|次)(以上)?");
    private static final Pattern QUARTER_DEADLINE = Pattern.compile("每年第([一二三四])季度");
    private static final Pattern YEARLY = Pattern.compile("每年(?!第)");
    private static final Pattern QUARTERLY = Pattern.compile("每季度");
    private static final Pattern VALIDITY = Pattern.compile("有效期一般不超过(\\d+)年");
    private static final Pattern PROVISIONAL = Pattern.compile("暂行、试行的[^。；]*?不超过(\\d+)年");
    private static final Pattern SINCE = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起");
    private static final Pattern WINDOW = Pattern.compile("近([一二两三四五六七八九十\\d]+)年内");
    /** A document or duty of each year: 年度实施方案, 年度重点工作, 列入年度预算 (not 上一年度, the period a report covers). */
    private static final Pattern ANNUAL = Pattern.compile("(?<!上一)年度(?:实施方案|重点工作|工作要点|工作计划|预算)");
    private static final Pattern ONE_OFF = Pattern.compile("(?:进行|开展|组织|举办)(\\d+)次");

    /** Labels of unit types that a sentence may name, longest first; shorter ones than this bind nothing. */
    private static final int MIN_BINDING_LABEL = 4;

    private final List<Map.Entry<String, String>> unitLabels;

    /** @param unitLabels label → unit-type IRI, for the units a sentence can bind */
    public RuleExtractor(Map<String, String> unitLabels) {
        this.unitLabels = unitLabels.entrySet().stream()
                .filter(e -> e.getKey().length() >= MIN_BINDING_LABEL)
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
    }

    /** Every rule the sentence sets, in the order of its words. */
    public List<PeriodRule> extract(String sentence) {
        List<Found> found = new ArrayList<>();
        boolean[] used = new boolean[sentence.length()];
        claim(found, used, YEARLY_COUNT.matcher(sentence), m -> rule(m.group(), "year", Integer.parseInt(m.group(1)),
                null, null, null, null, null));
        claim(found, used, QUARTER_DEADLINE.matcher(sentence), m -> rule(m.group(), null, null,
                "Q" + ChineseNumerals.parse(m.group(1)), null, null, null, null));
        claim(found, used, VALIDITY.matcher(sentence), m -> rule(m.group(), null, null, null,
                Integer.parseInt(m.group(1)), null, null, null));
        claim(found, used, PROVISIONAL.matcher(sentence), m -> rule(m.group(), null, null, null, null,
                Integer.parseInt(m.group(1)), null, null));
        claim(found, used, SINCE.matcher(sentence), m -> rule(m.group(), null, null, null, null, null,
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null));
        claim(found, used, WINDOW.matcher(sentence), m -> rule(m.group(), null, null, null, null, null, null,
                years(m.group(1))));
        claim(found, used, ONE_OFF.matcher(sentence), m -> rule(m.group(), null, Integer.parseInt(m.group(1)),
                null, null, null, null, null));
        claim(found, used, YEARLY.matcher(sentence), m -> rule(m.group(), "year", 1, null, null, null, null, null));
        claim(found, used, ANNUAL.matcher(sentence), m -> rule(m.group(), "year", 1, null, null, null, null, null));
        claim(found, used, QUARTERLY.matcher(sentence), m -> rule(m.group(), "quarter", 1, null, null, null, null, null));
        List<String> binds = binds(sentence);
        return found.stream().sorted(Comparator.comparingInt(Found::start)).map(f -> f.rule().withBinds(binds)).toList();
    }

    /** Unit-type IRIs whose labels the sentence names, longest label first, each place counted once. */
    public List<String> binds(String sentence) {
        boolean[] used = new boolean[sentence.length()];
        List<String> units = new ArrayList<>();
        for (Map.Entry<String, String> label : unitLabels) {
            int at = sentence.indexOf(label.getKey());
            while (at >= 0) {
                if (free(used, at, at + label.getKey().length())) {
                    mark(used, at, at + label.getKey().length());
                    if (!units.contains(label.getValue())) {
                        units.add(label.getValue());
                    }
                }
                at = sentence.indexOf(label.getKey(), at + 1);
            }
        }
        return units;
    }

    private record Found(int start, PeriodRule rule) {
    }

    private static void claim(List<Found> found, boolean[] used, Matcher m,
                              java.util.function.Function<Matcher, PeriodRule> rule) {
        while (m.find()) {
            if (free(used, m.start(), m.end())) {
                mark(used, m.start(), m.end());
                found.add(new Found(m.start(), rule.apply(m)));
            }
        }
    }

    private static PeriodRule rule(String phrase, String per, Integer min, String deadline, Integer validity,
                                   Integer provisional, LocalDate since, Integer window) {
        return new PeriodRule(phrase, per, min, deadline, validity, provisional, since, window, List.of());
    }

    private static int years(String numeral) {
        return numeral.chars().allMatch(Character::isDigit) ? Integer.parseInt(numeral)
                : ChineseNumerals.parse(numeral.replace('两', '二'));
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
