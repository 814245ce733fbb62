package nl.vraagbaak.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

import nl.vraagbaak.internal.search.DutchAnalysis;
import nl.vraagbaak.internal.search.PassageFields;
import nl.vraagbaak.internal.search.WordPositions;

/**
 * Whether the corpus uses a word: its stem is in at least two passages. The spelling check asks this about words
 * its word list lacks, so that the domain's words (tweeminutendebat, flexwoningen, apenpokken) are known as soon
 * as the government uses them, while a slip made once in one document does not become correct.
 */
public final class CorpusVocabulary implements Predicate<String> {
	private static final int MIN_PASSAGES = 2;

	private final PassageIndex index;

	public CorpusVocabulary(PassageIndex index) {
		this.index = index;
	}

	/** @throws UncheckedIOException when the index cannot be read */
	@Override
	public boolean test(String word) {
		List<WordPositions.Position> positions = WordPositions.of(index.analyzer(), PassageFields.QUESTION, word);
		if (positions.isEmpty()) {
			return true; // a stop word: every Dutch text has it
		}
		try {
			IndexSearcher searcher = index.acquire();
			try {
				for (WordPositions.Position position : positions) {
					if (!used(searcher.getIndexReader(), stem(position))) {
						return false;
					}
				}
				return true;
			} finally {
				index.release(searcher);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
		}
	}

	/** The whole word's stem: the first term that is not a synonym concept (compound parts follow it). */
	private static String stem(WordPositions.Position position) {
		return position.terms().stream().filter(t -> !DutchAnalysis.isConcept(t)).findFirst().orElse(position.word());
	}

	private static boolean used(IndexReader reader, String stem) throws IOException {
		int passages = 0;
		for (String field : PassageFields.TEXT_FIELDS) {
			passages = Math.max(passages, reader.docFreq(new Term(field, stem)));
		}
		return passages >= MIN_PASSAGES;
	}
}
