package org.yifa.link;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.yifa.rdf.Yf;

/**
 * Guesses the legal level of an instrument that the law graph does not hold, from its title alone.
 * The issuer is read from the start of the title, the kind of instrument from its end; the first
 * rule that applies wins:
 * <ol>
 * <li>a title ending in 宪法 → {@code yf:Constitution};</li>
 * <li>a title ending in 纲要, 意见, 决定, 决议, 通知, 规划 or 方案 (a policy instrument) →
 *     {@code yf:PolicyDocument} when the issuer is central or not named (中共中央, 中央, 国务院,
 *     全国人大 … or none: 法治政府建设实施纲要), {@code yf:NormativeDocument} when it is local;</li>
 * <li>a local issuer — a place name (or the anonymised {@code ××}) followed by 省, 自治区, 市,
 *     自治州 or 县 at the start of the title, optionally followed by 人民政府 — and
 *     <ul>
 *     <li>a title ending in 条例 → {@code yf:LocalRegulation} (条例 are made by local people's
 *         congresses, not governments);</li>
 *     <li>a title ending in 规定, 办法, 细则 or 规则 → {@code yf:LocalGovernmentRule}
 *         (e.g. 《××省重大行政决策程序规定》, 《××市行政执法案卷评查办法》); a
 *         人大常委会 as issuer makes it {@code yf:LocalRegulation} instead;</li>
 *     </ul></li>
 * <li>no local issuer and a title ending in 法 → {@code yf:NationalLaw}; ending in 条例 →
 *     {@code yf:AdministrativeRegulation};</li>
 * <li>otherwise no guess (规定 or 办法 without issuer may be an administrative regulation or a
 *     departmental rule).</li>
 * </ol>
 * These are guesses: a city government's 办法 is a rule only if the city has rule-making power,
 * otherwise a normative document; the graph marks such instruments {@code yf:resolved false}.
 */
final class InstrumentLevels {

    private static final Pattern CENTRAL = Pattern.compile("^(中共中央|中央|国务院|全国人民代表大会|全国人大)");
    private static final Pattern LOCAL = Pattern.compile("^(××|[\\u4e00-\\u9fff]{2,8}?)(省|自治区|市|自治州|县)(人民政府)?");
    private static final Pattern LOCAL_CONGRESS = Pattern.compile("^[^《》]{2,12}?(人大常委会|人民代表大会常务委员会)");
    private static final Pattern POLICY = Pattern.compile("(纲要|意见|决定|决议|通知|规划|方案)$");
    private static final Pattern RULE = Pattern.compile("(规定|办法|细则|规则)$");

    private InstrumentLevels() {
    }

    static Optional<Resource> guess(String title) {
        String t = title.strip();
        boolean central = CENTRAL.matcher(t).find();
        boolean local = !central && LOCAL.matcher(t).find();
        if (t.endsWith("宪法")) {
            return level("Constitution");
        }
        if (POLICY.matcher(t).find()) {
            return level(local ? "NormativeDocument" : "PolicyDocument");
        }
        if (local) {
            if (t.endsWith("条例")) {
                return level("LocalRegulation");
            }
            if (RULE.matcher(t).find()) {
                return level(LOCAL_CONGRESS.matcher(t).find() ? "LocalRegulation" : "LocalGovernmentRule");
            }
            return Optional.empty();
        }
        if (t.endsWith("法")) {
            return level("NationalLaw");
        }
        if (t.endsWith("条例")) {
            return level("AdministrativeRegulation");
        }
        return Optional.empty();
    }

    private static Optional<Resource> level(String localName) {
        return Optional.of(Yf.res(localName));
    }
}
