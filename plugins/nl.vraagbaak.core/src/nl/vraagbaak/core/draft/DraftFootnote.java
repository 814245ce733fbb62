package nl.vraagbaak.core.draft;

/** A footnote of a draft: its number as referenced by "[n]" in a question, and its text (a source or citation). */
public record DraftFootnote(int number, String text) {
}
