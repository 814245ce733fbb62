package nl.vraagbaak.internal.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 per field. Answers and letter sections get weaker length normalisation than questions: a long letter
 * section that discusses the subject throughout is no less relevant than a short answer that mentions it once,
 * while a question's length does say how focused it is.
 */
public final class PassageSimilarity extends PerFieldSimilarityWrapper {
	private final Similarity questions = new BM25Similarity(1.2f, 0.75f);
	private final Similarity bodies = new BM25Similarity(1.2f, 0.3f);

	@Override
	public Similarity get(String field) {
		return PassageFields.ANSWER.equals(field) || PassageFields.HEADING.equals(field) ? bodies : questions;
	}
}
