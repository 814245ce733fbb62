package nl.vraagbaak.core;

import java.util.List;

/**
 * One retrievable unit of the corpus: a question with its answer, or a section of a letter with its heading.
 *
 * @param number       the question number, or the section's position (1-based) in a letter
 * @param heading      the section heading of a letter; null for a question
 * @param question     the question as asked; null for a letter section
 * @param answer       the answer, or the text of a letter section
 * @param footnotes    footnotes belonging to this passage, removed from the running text
 * @param citations    citations recognised in question, answer and footnotes
 * @param crossReferences references from the answer to other answers or letters
 */
public record Passage(int number, String heading, String question, String answer, List<Footnote> footnotes,
		List<Citation> citations, List<CrossReference> crossReferences) {

	public Passage {
		footnotes = List.copyOf(footnotes);
		citations = List.copyOf(citations);
		crossReferences = List.copyOf(crossReferences);
	}

	/** True for a question-and-answer pair, false for a letter section. */
	public boolean hasQuestion() {
		return question != null;
	}

	/** The same passage with other cross references (used when they are resolved against the corpus). */
	public Passage withCrossReferences(List<CrossReference> references) {
		return new Passage(number, heading, question, answer, footnotes, citations, references);
	}

	/** A one-line label: "Vraag 24" or the section heading. */
	public String label() {
		return hasQuestion() ? "Vraag " + number : (heading == null || heading.isBlank() ? "Sectie " + number : heading);
	}
}
