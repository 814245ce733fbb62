package nl.vraagbaak.core.draft;

/**
 * One question of a draft: its text, which may hold several sentences and footnote marks "[n]". Its number is its
 * position in the draft; it is derived, never stored.
 */
public record DraftQuestion(String text) {
}
