package nl.vraagbaak.core;

import java.util.List;

/**
 * A footnote of a passage: its label as printed ("1", "3)") and its text, with the citations recognised in it.
 */
public record Footnote(String label, String text, List<Citation> citations) {
	public Footnote {
		citations = List.copyOf(citations);
	}
}
