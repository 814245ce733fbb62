package nl.vraagbaak.core.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import nl.vraagbaak.core.CorpusDocument;

/**
 * Finds the documents of the corpus that are the same as another one read from elsewhere, so that the same answers
 * are not stored twice (a ministry's .docx and the published PDF, or a file and the open data): the same when they
 * have the same case number and date (a ministry's .docx names its case in the cover letter), or the same date and
 * first question, or for a letter the same date and first section (a published text names no case).
 */
public final class DocumentTwins {
	private final Map<String, String> byCase = new HashMap<>();
	private final Map<String, String> byContent = new HashMap<>();

	/** @param leftOut true for the sources not to compare with */
	public DocumentTwins(Iterable<CorpusDocument> documents, Predicate<String> leftOut) {
		for (CorpusDocument document : documents) {
			if (!leftOut.test(document.source())) {
				add(document);
			}
		}
	}

	/** Compares later documents with this one too (one stored earlier in the same import). */
	public void add(CorpusDocument document) {
		if (document.documentNumber() != null) {
			byCase.put(document.documentNumber() + "@" + document.date(), document.source());
		}
		DocumentOpenings.opening(document).ifPresent(q -> byContent.put(document.date() + "@" + q, document.source()));
	}

	/** The source of another document that is the same as this one, by case number and date or by content. */
	public Optional<String> of(CorpusDocument document) {
		return withCase(document.documentNumber(), document.date()).or(() -> withContent(document.date(), document))
				.filter(source -> !source.equals(document.source()));
	}

	/** The source of a document with this case number and date. */
	public Optional<String> withCase(String caseNumber, LocalDate date) {
		return caseNumber == null ? Optional.empty() : Optional.ofNullable(byCase.get(caseNumber + "@" + date));
	}

	/** The source of a document with this date and the same opening (first question, or a letter's first section). */
	public Optional<String> withContent(LocalDate date, CorpusDocument document) {
		return DocumentOpenings.opening(document).map(q -> byContent.get(date + "@" + q));
	}
}
