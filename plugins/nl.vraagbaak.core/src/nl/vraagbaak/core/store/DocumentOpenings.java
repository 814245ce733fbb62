package nl.vraagbaak.core.store;

import java.util.Locale;
import java.util.Optional;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;

/**
 * How a document opens, as a key that tells documents apart and finds the same one in another form: its first
 * question, or a letter's first section, in lower case with its white space collapsed, cut to 80 characters.
 */
final class DocumentOpenings {
	private static final int LENGTH = 80;

	private DocumentOpenings() {
	}

	/** The first question, or for a letter its first section. */
	static Optional<String> opening(CorpusDocument document) {
		return document.passages().stream().findFirst().map(p -> p.hasQuestion() ? p.question() : p.answer())
				.flatMap(DocumentOpenings::key);
	}

	/** The first question; none for a letter. */
	static Optional<String> firstQuestion(CorpusDocument document) {
		return document.passages().stream().filter(Passage::hasQuestion).findFirst().map(Passage::question)
				.flatMap(DocumentOpenings::key);
	}

	private static Optional<String> key(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String flat = text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
		return Optional.of(flat.substring(0, Math.min(LENGTH, flat.length())));
	}
}
