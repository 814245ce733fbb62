package nl.vraagbaak.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A government document in the corpus with its provenance and its passages.
 *
 * @param source         the file name it was read from; the document's identity in the store
 * @param kind           what kind of document it is
 * @param title          its title or subject
 * @param date           the date the text states (letter date, date received), or null
 * @param citation       its own Kamerstuk or Aanhangsel citation where the text states it, or null
 * @param documentNumber the open-data document or case number ("2024D35954", "2024Z11859"), or null
 * @param minister       the minister or state secretary who wrote or answered it, as written, or null
 * @param askers         the members who asked the questions, as written; empty for letters
 * @param passages       the passages in document order
 */
public record CorpusDocument(String source, DocumentKind kind, String title, LocalDate date, Citation citation,
		String documentNumber, String minister, List<String> askers, List<Passage> passages) {

	/**
	 * The order staff read a corpus in: the newest document first (the latest answer is the one a follow-up question
	 * builds on), documents that state no date last, ties by file name.
	 */
	public static final Comparator<CorpusDocument> NEWEST_FIRST = Comparator
			.comparing(CorpusDocument::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
			.thenComparing(CorpusDocument::source);

	public CorpusDocument {
		askers = List.copyOf(askers);
		passages = List.copyOf(passages);
	}

	/** The passage with the given number, if there is one. */
	public Optional<Passage> passage(int number) {
		return passages.stream().filter(p -> p.number() == number).findFirst();
	}

	/** The same document with other passages. */
	public CorpusDocument withPassages(List<Passage> newPassages) {
		return new CorpusDocument(source, kind, title, date, citation, documentNumber, minister, askers, newPassages);
	}
}
