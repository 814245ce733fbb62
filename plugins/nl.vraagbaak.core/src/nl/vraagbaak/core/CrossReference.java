package nl.vraagbaak.core;

import java.time.LocalDate;

/**
 * A reference inside an answer to another answer or to a letter ("Zie hiervoor mijn brief van 1 oktober jl. en het
 * antwoord op vraag 24").
 *
 * @param text       the words the reference was recognised in
 * @param questionNumber the question referred to within the same document, or 0 for a letter
 * @param letterDate the date of the letter referred to, or null
 * @param target     the passage the reference resolves to, or null while it is unresolved (a letter not in the
 *                   corpus)
 */
public record CrossReference(String text, int questionNumber, LocalDate letterDate, PassageRef target) {

	/** The same reference, resolved to the given passage. */
	public CrossReference resolvedTo(PassageRef passage) {
		return new CrossReference(text, questionNumber, letterDate, passage);
	}
}
