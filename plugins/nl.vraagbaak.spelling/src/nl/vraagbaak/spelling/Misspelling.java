package nl.vraagbaak.spelling;

/** A word the spelling check does not know, where it stands in the checked text (0-based offset, length). */
public record Misspelling(int offset, int length, String word) {
}
