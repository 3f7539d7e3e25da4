package org.yifa.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One shipped law text as read by {@link LawReader}: the header events, and the body as chapters,
 * sections, articles (条) and their paragraphs (款). Texts are the file's words; only layout (blank
 * lines, spaces inside headings) is dropped.
 *
 * @param file                  where the text was read from, as named in error messages
 * @param folder                the folder the file lies in (a category such as 行政法, or 行政法规)
 * @param shortTitle            the short title from the file name, e.g. 行政许可法
 * @param title                 the full title from the {@code #} line, e.g. 中华人民共和国行政许可法
 * @param versionDate           the date in the file name, or (宪法) the date of the last header event
 * @param versionDateInFileName false where the version date had to be taken from the header
 * @param preamble              paragraphs under a {@code ## 序言} heading (宪法 only), else empty
 * @param articles              all articles in order, numbered 1…n without gaps
 */
public record LawText(String file, String folder, String shortTitle, String title, LocalDate versionDate,
        boolean versionDateInFileName, List<HeaderEvent> events, List<String> preamble, List<Chapter> chapters,
        List<Article> articles) {

    /** A {@code ##} heading 第X章; its sections in order. Title without the number and without layout spaces. */
    public record Chapter(int ordinal, String numberZh, String title, int line, List<Section> sections) {
    }

    /** A {@code ###} heading 第X节 within a chapter. */
    public record Section(int ordinal, String numberZh, String title, int line) {
    }

    /**
     * An article; {@code chapter}/{@code section} are the ordinals of the enclosing headings, 0 where
     * there is none.
     */
    public record Article(int ordinal, String numberZh, int line, int chapter, int section,
            List<Paragraph> paragraphs) {

        /** The whole article: its paragraphs, one per line, without the leading 第X条. */
        public String text() {
            return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        }
    }

    /**
     * A paragraph (款): a line of text and the point (项, （一）…) and sub-point (目, 1.…) lines that
     * follow it, joined by line breaks. The first paragraph is the one that starts with 第X条 (without it).
     */
    public record Paragraph(int ordinal, int line, String text) {
    }

    public Optional<Article> article(int ordinal) {
        return ordinal >= 1 && ordinal <= articles.size() ? Optional.of(articles.get(ordinal - 1)) : Optional.empty();
    }

    public int paragraphCount() {
        return articles.stream().mapToInt(a -> a.paragraphs().size()).sum();
    }
}
