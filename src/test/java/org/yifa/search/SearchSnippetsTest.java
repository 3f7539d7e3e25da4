package org.yifa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchSnippetsTest {

    @Test
    void matchedWordsAreWrappedAndAdjacentOnesJoined() {
        assertThat(Snippets.of("各级行政机关应当进行合法性审查。", List.of("合法性", "审查"), 120))
                .isEqualTo("各级行政机关应当进行<em>合法性审查</em>。");
        assertThat(Snippets.of("审查后的合法性", List.of("合法性", "审查"), 120))
                .isEqualTo("<em>审查</em>后的<em>合法性</em>");
    }

    @Test
    void everythingElseIsHtmlEscaped() {
        assertThat(Snippets.of("<b>\"审查\" & '备案'</b>", List.of("审查"), 120))
                .isEqualTo("&lt;b&gt;&quot;<em>审查</em>&quot; &amp; &#39;备案&#39;&lt;/b&gt;");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchWithoutCuttingAWord() {
        String text = "一".repeat(100) + "合法性审查" + "二".repeat(100);
        String snippet = Snippets.of(text, List.of("合法性审查"), 40);
        assertThat(snippet).startsWith("…").endsWith("…").contains("<em>合法性审查</em>");
        assertThat(snippet.replace("<em>", "").replace("</em>", "").replace("…", "")).hasSize(40);
        String atTheEdge = Snippets.of("一".repeat(38) + "合法性审查", List.of("合法性审查"), 40);
        assertThat(atTheEdge).endsWith("<em>合法性审查</em>");
    }
}
