package nl.vraagbaak.core.draft;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One question of a draft: its text, which may hold several sentences and footnote marks "[n]". Its number is its
 * position in the draft; it is derived, never stored.
 */
public record DraftQuestion(String text) {
	private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[(\\d+)\\]");

	/** The question as it reads, without its footnote marks: what is searched and checked. */
	public String plainText() {
		return FOOTNOTE_MARK.matcher(text).replaceAll("").trim();
	}

	/** The numbers of the footnotes the question refers to, in the order of their marks. */
	public List<Integer> footnoteNumbers() {
		return FOOTNOTE_MARK.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).toList();
	}
}
