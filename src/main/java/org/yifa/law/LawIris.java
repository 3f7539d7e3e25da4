package org.yifa.law;

import java.time.LocalDate;

import org.yifa.rdf.Yf;

/**
 * IRIs of laws, their versions and provisions: {@code yfid:law/{slug}}, {@code …/{yyyy-mm-dd}},
 * {@code …/chapter/{n}[/section/{m}]}, {@code …/art/{n}[/para/{m}]}. Other packages build provision
 * IRIs here rather than by hand.
 */
public final class LawIris {

    /** The named graph of the law texts. */
    public static final String GRAPH = Yf.GRAPH + "laws";

    private static final String BASE = Yf.ID + "law/";

    private LawIris() {
    }

    public static String work(String slug) {
        return BASE + slug;
    }

    public static String version(String slug, LocalDate versionDate) {
        return work(slug) + "/" + versionDate;
    }

    public static String chapter(String version, int chapter) {
        return version + "/chapter/" + chapter;
    }

    public static String section(String version, int chapter, int section) {
        return chapter(version, chapter) + "/section/" + section;
    }

    /** The preamble (序言) of a version; only the Constitution has one. */
    public static String preamble(String version) {
        return version + "/preamble";
    }

    public static String article(String version, int article) {
        return version + "/art/" + article;
    }

    public static String paragraph(String version, int article, int paragraph) {
        return article(version, article) + "/para/" + paragraph;
    }

    /** The page of a version in the national database 国家法律法规数据库. */
    /** An issuing body (eli:passed_by), by its name as the law's text gives it. */
    public static String body(String name) {
        return Yf.ID + "body/" + name;
    }

    public static String nationalDatabasePage(String flkId) {
        return "https://flk.npc.gov.cn/detail?bbbs=" + flkId;
    }
}
