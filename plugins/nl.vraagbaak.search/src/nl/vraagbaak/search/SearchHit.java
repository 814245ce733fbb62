package nl.vraagbaak.search;

import java.util.List;

import nl.vraagbaak.core.read.Texts;

/**
 * One passage found, with its provenance and why it matched.
 *
 * @param source            the document's source file name
 * @param number            the passage number in it
 * @param kind              the document kind (enum name)
 * @param title             the document title
 * @param date              ISO date of the document, or null
 * @param citation          the document's citation in house style, or null
 * @param heading           the section heading of a letter passage, or null
 * @param question          the earlier question, or null for a letter section
 * @param answer            the answer or section text
 * @param highlightedAnswer the answer with the matched words wrapped in ** **
 * @param matchedWords      the words of the answer and question that matched, as written there
 * @param score             the BM25 score (only comparable within one search)
 */
public record SearchHit(String source, int number, String kind, String title, String date, String citation,
		String heading, String question, String answer, String highlightedAnswer, List<String> matchedWords,
		float score) {

	public SearchHit {
		matchedWords = List.copyOf(matchedWords);
	}

	/** How long a document title may be in {@link #provenance()}. */
	private static final int TITLE_LENGTH = 48;

	/** "001_4a688004c2e20cff.txt#26": the identifier commands and directives use. */
	public String reference() {
		return source + "#" + number;
	}

	/**
	 * Where the passage is, for people: the document's citation, else its title (shortened), else its file name,
	 * then the question number or the letter's section: "Kamerstuk 34 843, nr. 114, vraag 26",
	 * "Kamerstuk 34 843, nr. 114, § 4". The file names are hashes that say nothing to a reader.
	 */
	public String provenance() {
		return document() + ", " + place();
	}

	/** The document as {@link #provenance()} names it: "Kamerstuk 34 843, nr. 114". */
	public String document() {
		return citation != null ? citation
				: title != null && !title.isBlank() ? Texts.abbreviate(Texts.normalizeWhitespace(title), TITLE_LENGTH) : source;
	}

	/** Where in the document: "vraag 26" for a question, "§ 4" for a letter's section. */
	public String place() {
		return (question != null ? "vraag " : "\u00a7 ") + number;
	}
}
