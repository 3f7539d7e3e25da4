package org.yifa.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015's check character, against codes whose check character the test computes from the definition. */
class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void codesWithTheCheckCharacterOfTheDefinitionAreValid() {
        for (String first17 : new String[] {"11130100000000010", "12100000400000HGK", "91350100M00010004",
                "51110000500000T1M", "Y1440300MA5DXQ7RW"}) {
            String code = CityWorkbook.withCheckCharacter(first17);
            assertThat(CreditCode.problem(code)).as(code).isEmpty();
        }
    }

    @Test
    void everyOtherCheckCharacterIsRejectedNamingTheRightOne() {
        String code = CityWorkbook.withCheckCharacter("91350100M00010004");
        char right = code.charAt(17);
        int rejected = 0;
        for (char c : ALPHABET.toCharArray()) {
            if (c != right) {
                assertThat(CreditCode.problem(code.substring(0, 17) + c)).get().asString()
                        .contains("check character").contains("'" + right + "'");
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(30);
    }

    /** Every check character, 0 included (a sum divisible by 31), comes out of some body of 17 characters. */
    @Test
    void theWholeAlphabetOccursAsCheckCharacter() {
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int n = 0; n < 2000 && seen.size() < 31; n++) {
            String code = CityWorkbook.withCheckCharacter("11130100" + String.format("%09d", n));
            assertThat(CreditCode.problem(code)).as(code).isEmpty();
            seen.add(code.charAt(17));
        }
        assertThat(seen).hasSize(31);
    }

    @Test
    void lengthAlphabetAndDivisionCodeAreChecked() {
        String code = CityWorkbook.withCheckCharacter("11130100000000010");
        assertThat(CreditCode.problem(code.substring(1))).get().asString().contains("18 characters");
        assertThat(CreditCode.problem("I" + code.substring(1))).get().asString().contains("alphabet");
        assertThat(CreditCode.problem(code.substring(0, 17) + "Z")).get().asString().contains("alphabet");
        assertThat(CreditCode.problem("11A30100000000010X")).get().asString().contains("administrative division");
    }
}
