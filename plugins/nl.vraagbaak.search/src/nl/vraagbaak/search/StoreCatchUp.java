package nl.vraagbaak.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.internal.search.DocumentFingerprint;
import nl.vraagbaak.internal.search.PassageFields;

/**
 * Brings an index that needs no rebuild in step with the corpus store when it is opened: indexes again every stored
 * document whose passages the index does not hold as stored (their fingerprint or number differs), and takes out
 * the passages of documents no longer in the store. An import stores a document and then commits the index; a
 * crash or kill in between, or a corpus file removed by hand, left the index answering with what the store no
 * longer says, until the next full rebuild.
 */
final class StoreCatchUp {
	private StoreCatchUp() {
	}

	/** @return what was done, or null when nothing was needed */
	static String run(PassageIndex index, CorpusStore store) throws IOException {
		List<CorpusDocument> documents;
		try {
			documents = store.documents();
		} catch (StoreException e) {
			// a damaged corpus file: the index still serves what it has; the file is reported where it is read
			return "not compared with the corpus: " + e.getMessage();
		}
		List<CorpusDocument> behind = new ArrayList<>();
		List<String> gone = new ArrayList<>();
		IndexSearcher searcher = index.acquire();
		try {
			Set<String> stored = new HashSet<>();
			for (CorpusDocument document : documents) {
				stored.add(document.source());
				if (!heldAsStored(searcher, document)) {
					behind.add(document);
				}
			}
			for (String source : indexedSources(searcher)) {
				if (!stored.contains(source)) {
					gone.add(source);
				}
			}
		} finally {
			index.release(searcher);
		}
		for (CorpusDocument document : behind) {
			index.replace(document);
		}
		for (String source : gone) {
			index.remove(source);
		}
		if (!behind.isEmpty() || !gone.isEmpty()) {
			// one commit for the lot: a commit per document synced the index files once for each of them; a crash
			// before it leaves the index as it was, and the next open catches up again
			index.commit();
		}
		return report(behind, gone);
	}

	/**
	 * Every passage of the document in the index carries its current fingerprint, and there are no others: the
	 * second count catches passages of an older version next to a current version without passages.
	 */
	private static boolean heldAsStored(IndexSearcher searcher, CorpusDocument document) throws IOException {
		int passages = document.passages().size();
		Query current = new TermQuery(new Term(PassageFields.FINGERPRINT, DocumentFingerprint.of(document)));
		Query all = new TermQuery(new Term(PassageFields.SOURCE, document.source()));
		return searcher.count(current) == passages && searcher.count(all) == passages;
	}

	/** The sources with at least one passage in the index (a source whose passages were all deleted is not). */
	private static List<String> indexedSources(IndexSearcher searcher) throws IOException {
		List<String> sources = new ArrayList<>();
		Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), PassageFields.SOURCE);
		if (terms == null) {
			return sources;
		}
		TermsEnum each = terms.iterator();
		for (BytesRef term = each.next(); term != null; term = each.next()) {
			String source = term.utf8ToString();
			if (searcher.count(new TermQuery(new Term(PassageFields.SOURCE, source))) > 0) {
				sources.add(source);
			}
		}
		return sources;
	}

	private static String report(List<CorpusDocument> behind, List<String> gone) {
		List<String> done = new ArrayList<>();
		if (!behind.isEmpty()) {
			done.add("indexed again: " + String.join(", ", behind.stream().map(CorpusDocument::source).toList()));
		}
		if (!gone.isEmpty()) {
			done.add("taken out, no longer in the corpus: " + String.join(", ", gone));
		}
		return done.isEmpty() ? null : String.join("; ", done);
	}
}
