package nl.vraagbaak.internal.search;

import java.util.regex.Pattern;

/**
 * The sentences of a written question that ask how the questions are to be answered, not what: "Kunt u deze vragen
 * afzonderlijk en zo spoedig mogelijk beantwoorden?", "Bent u bereid deze vraag te beantwoorden vóór het debat?".
 * Nearly every set of Kamervragen ends with one, so every draft's last question was "already asked" (0.57 against
 * question 10 of the seeds' 004, up to 1.00 against the CSV's 53 of them). They are left out of the already-asked
 * check; a question that is nothing else is never flagged.
 */
public final class ProceduralSentences {
	/**
	 * "deze/alle/elke/onderstaande ... vraag/vragen" (one word between, in brackets or not: "onderstaande (feitelijke)
	 * vragen") and, later in the same sentence, a form of "beantwoorden".
	 */
	private static final Pattern PROCEDURAL = Pattern.compile(
			"\\b(deze|alle|elke|iedere|bovenstaande|onderstaande|voorgaande)\\s+(\\(?\\p{L}+\\)?\\s+)?vra(a)?g(en)?\\b[^?!]*\\bbeantwoord",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private ProceduralSentences() {
	}

	/** The question without its procedural sentences; blank when it has nothing else. */
	public static String without(String question) {
		StringBuilder kept = new StringBuilder();
		for (String sentence : Sentences.of(question)) {
			if (!PROCEDURAL.matcher(sentence).find()) {
				kept.append(sentence);
			}
		}
		return kept.toString().strip();
	}
}
