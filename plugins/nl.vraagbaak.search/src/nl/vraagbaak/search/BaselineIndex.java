package nl.vraagbaak.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.internal.search.LuceneLog;
import nl.vraagbaak.internal.search.PassageFields;

/**
 * Plain BM25 with Lucene's StandardAnalyzer over the same fields, in memory: the baseline the Dutch chain is
 * measured against in {@code vraagbaak eval --baseline}.
 */
public final class BaselineIndex implements Evaluation.Ranker, AutoCloseable {
	static {
		LuceneLog.quiet();
	}

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private final StandardAnalyzer analyzer = new StandardAnalyzer();
	private final DirectoryReader reader;

	public BaselineIndex(List<CorpusDocument> documents) throws IOException {
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (CorpusDocument d : documents) {
				for (Passage p : d.passages()) {
					writer.addDocument(PassageFields.toDocument(d, p));
				}
			}
		}
		reader = DirectoryReader.open(directory);
	}

	@Override
	public List<SearchHit> top(String query, int k) throws IndexException {
		try {
			MultiFieldQueryParser parser = new MultiFieldQueryParser(PassageFields.TEXT_FIELDS, analyzer);
			Query q = parser.parse(MultiFieldQueryParser.escape(query));
			IndexSearcher searcher = new IndexSearcher(reader);
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc sd : searcher.search(q, k).scoreDocs) {
				Document doc = searcher.storedFields().document(sd.doc);
				hits.add(new SearchHit(doc.get(PassageFields.SOURCE),
						doc.getField(PassageFields.NUMBER).numericValue().intValue(), doc.get(PassageFields.KIND),
						doc.get(PassageFields.TITLE), doc.get(PassageFields.DATE_TEXT), doc.get(PassageFields.CITATION),
						doc.get(PassageFields.HEADING), doc.get(PassageFields.QUESTION), doc.get(PassageFields.ANSWER),
						doc.get(PassageFields.ANSWER), List.of(), sd.score));
			}
			return hits;
		} catch (IOException | ParseException e) {
			throw new IndexException("baseline search failed: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
		analyzer.close();
	}
}
