package nl.vraagbaak.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.CrossReference;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.PassageRef;

/**
 * Resolves references to letters by date ("mijn brief van 1 oktober jl.") against the letters in the store, once
 * both are there: whichever is imported first, the reference resolves when the other arrives.
 */
final class LetterReferenceResolver {
	private final CorpusStore store;

	LetterReferenceResolver(CorpusStore store) {
		this.store = store;
	}

	/**
	 * Letters are found by their date as corrected (a user may have given an undated letter its date); the documents
	 * are rewritten as read from their files, so that no correction is written into them.
	 */
	void resolveAll() throws StoreException {
		Map<LocalDate, CorpusDocument> lettersByDate = store.documents().stream()
				.filter(d -> d.kind() == DocumentKind.LETTER && d.date() != null)
				.collect(Collectors.toMap(CorpusDocument::date, Function.identity(), (a, b) -> a));
		rewrite(r -> resolve(r, lettersByDate));
	}

	/** References by a letter's date that pointed into a document taken out of the corpus point nowhere again. */
	void forget(String source) throws StoreException {
		rewrite(r -> r.letterDate() != null && r.target() != null && r.target().source().equals(source)
				? r.resolvedTo(null) : r);
	}

	/** Applies a change to every cross reference of every document, storing the documents it changed. */
	private void rewrite(UnaryOperator<CrossReference> change) throws StoreException {
		for (CorpusDocument document : store.originals()) {
			boolean changed = false;
			List<Passage> passages = new ArrayList<>();
			for (Passage passage : document.passages()) {
				List<CrossReference> references = passage.crossReferences().stream().map(change).toList();
				changed |= !references.equals(passage.crossReferences());
				passages.add(passage.withCrossReferences(references));
			}
			if (changed) {
				store.put(document.withPassages(passages));
			}
		}
	}

	private static CrossReference resolve(CrossReference reference, Map<LocalDate, CorpusDocument> lettersByDate) {
		if (reference.letterDate() == null || reference.target() != null) {
			return reference;
		}
		CorpusDocument letter = lettersByDate.get(reference.letterDate());
		return letter == null || letter.passages().isEmpty() ? reference
				: reference.resolvedTo(new PassageRef(letter.source(), letter.passages().get(0).number()));
	}
}
