package org.yifa.framework.parse;

/**
 * A piece of one source line: a part marker {@code 一、}, a goal marker {@code (一)}, an item
 * marker {@code 1.}, or the text between markers.
 */
record Token(Kind kind, int number, String text, boolean strayDots) {

    enum Kind { AREA, GOAL, ITEM, TEXT }

    static Token text(String text) {
        return new Token(Kind.TEXT, 0, text, false);
    }
}
