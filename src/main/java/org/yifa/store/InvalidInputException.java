package org.yifa.store;

/**
 * Input that cannot be loaded, with the place it was found. Nothing of such input reaches the store.
 */
public class InvalidInputException extends RuntimeException {

    private final String file;
    private final int line;

    public InvalidInputException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file (or upload) that was rejected. */
    public String file() {
        return file;
    }

    /** The 1-based line where the problem was found, or 0 where it concerns the whole input. */
    public int line() {
        return line;
    }
}
