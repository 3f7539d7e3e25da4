package org.yifa.unit;

import java.util.Optional;

/**
 * The 统一社会信用代码 of GB 32100-2015: 18 characters from the code's alphabet (digits and the capital
 * letters without I, O, Z, S, V), positions 3–8 the administrative division code (digits), the 18th a
 * check character: with each character's value c_i (its index in the alphabet) and the weights
 * w_i = 3^(i−1) mod 31, C18 = 31 − (Σ c_i·w_i mod 31), where 31 is written 0.
 */
public final class CreditCode {

    /** The code's alphabet; a character's value is its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;

    private CreditCode() {
    }

    /** The check character the first 17 characters call for. */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** What is wrong with {@code code}, or empty when it is a valid code. */
    public static Optional<String> problem(String code) {
        if (code.length() != LENGTH) {
            return Optional.of("a 统一社会信用代码 has 18 characters, this one " + code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of("character " + (i + 1) + " ('" + c + "') is not in the code's alphabet "
                        + "(digits and capital letters other than I, O, Z, S, V)");
            }
            if (i >= 2 && i < 8 && !Character.isDigit(c)) {
                return Optional.of("characters 3–8 are the administrative division code and must be digits; "
                        + "character " + (i + 1) + " is '" + c + "'");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("the check character is '" + code.charAt(LENGTH - 1) + "', the first 17 characters "
                    + "call for '" + expected + "' (GB 32100-2015)");
        }
        return Optional.empty();
    }
}
