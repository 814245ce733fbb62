package nl.vraagbaak.internal.opendata;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;

/**
 * The documents of the corpus that did not come from a sync (imported from files, or the seeds), so that the same
 * answers are not stored twice: a document is the same when it has the same case number and date (a ministry's .docx
 * names its case in the cover letter), or the same date and first question (a published text names no case).
 */
public final class HandImports {
	private static final int QUESTION_KEY_LENGTH = 80;
	private final Map<String, String> byCase = new HashMap<>();
	private final Map<String, String> byContent = new HashMap<>();
	private final Map<String, String> answersByCase = new HashMap<>();

	/** @param synced true for the sources a sync stored, which are left out */
	public HandImports(Iterable<CorpusDocument> documents, Predicate<String> synced) {
		for (CorpusDocument document : documents) {
			if (synced.test(document.source())) {
				continue;
			}
			if (document.documentNumber() != null) {
				byCase.put(document.documentNumber() + "@" + document.date(), document.source());
				if (document.kind() != DocumentKind.QUESTIONS) {
					answersByCase.put(document.documentNumber(), document.source());
				}
			}
			firstQuestion(document).ifPresent(q -> byContent.put(document.date() + "@" + q, document.source()));
		}
	}

	/** The source of a document imported by hand with this case number and date. */
	public Optional<String> withCase(String caseNumber, LocalDate date) {
		return caseNumber == null ? Optional.empty() : Optional.ofNullable(byCase.get(caseNumber + "@" + date));
	}

	/** The source of answers imported by hand to the questions of this case. */
	public Optional<String> answerTo(String caseNumber) {
		return caseNumber == null ? Optional.empty() : Optional.ofNullable(answersByCase.get(caseNumber));
	}

	/** The source of a document imported by hand with this date and the same first question as {@code read}. */
	public Optional<String> withContent(LocalDate date, CorpusDocument read) {
		return firstQuestion(read).map(q -> byContent.get(date + "@" + q));
	}

	/** The first question, in lower case with its white space collapsed, cut to a length that tells documents apart. */
	private static Optional<String> firstQuestion(CorpusDocument document) {
		return document.passages().stream().filter(Passage::hasQuestion).findFirst().map(p -> {
			String text = p.question().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
			return text.substring(0, Math.min(QUESTION_KEY_LENGTH, text.length()));
		});
	}
}
