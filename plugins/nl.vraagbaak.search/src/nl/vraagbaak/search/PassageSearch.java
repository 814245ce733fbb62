package nl.vraagbaak.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.internal.search.PassageFields;
import nl.vraagbaak.internal.search.QueryFactory;
import nl.vraagbaak.internal.search.TermHighlighter;

/**
 * Full-text search over the passage index: a draft question, keywords, or query syntax, with filters on document
 * kind, date and minister; every hit carries its provenance and the words that matched.
 */
public final class PassageSearch {
	private final PassageIndex index;
	private final QueryFactory queries;
	private final TermHighlighter highlighter;

	public PassageSearch(PassageIndex index) {
		this.index = index;
		this.queries = new QueryFactory(index.analyzer());
		this.highlighter = new TermHighlighter(index.analyzer());
	}

	/**
	 * The best passages for the text; never throws on odd query syntax.
	 *
	 * @throws IndexException when the index cannot be read
	 */
	public List<SearchHit> search(String text, SearchOptions options) throws IndexException {
		return run(queries.create(text), text, options);
	}

	/**
	 * One passage by its reference, as a hit without matched words (what citing and following up on it need); empty
	 * when the index has no such passage.
	 *
	 * @throws IndexException when the index cannot be read
	 */
	public Optional<SearchHit> passage(PassageRef reference) throws IndexException {
		Query query = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(PassageFields.SOURCE, reference.source())), BooleanClause.Occur.FILTER)
				.add(IntPoint.newExactQuery(PassageFields.NUMBER, reference.number()), BooleanClause.Occur.FILTER).build();
		return unhighlighted(query, SearchOptions.top(1)).stream().findFirst();
	}

	List<SearchHit> run(Query textQuery, String text, SearchOptions options) throws IndexException {
		Set<String> wanted = highlighter.terms(text);
		return unhighlighted(textQuery, options).stream().map(hit -> highlighted(hit, wanted)).toList();
	}

	/**
	 * The hits without their matched words: for callers that rank many candidates and show few (already-asked
	 * detection), who highlight only what they show with {@link #highlighted(SearchHit, String)}.
	 */
	List<SearchHit> unhighlighted(Query textQuery, SearchOptions options) throws IndexException {
		Query query = filtered(textQuery, options);
		try {
			IndexSearcher searcher = index.acquire();
			try {
				List<SearchHit> hits = new ArrayList<>();
				for (ScoreDoc sd : searcher.search(query, options.limit()).scoreDocs) {
					hits.add(toHit(searcher.storedFields().document(sd.doc), sd.score));
				}
				return hits;
			} finally {
				index.release(searcher);
			}
		} catch (IOException e) {
			throw new IndexException("cannot search the index: " + e.getMessage(), e);
		} catch (IndexSearcher.TooManyClauses e) {
			// only query syntax gets here (plain text is cut to fit): say what to do, not what Lucene counted
			throw new IndexException("the search has too many terms; use fewer words or operators"
					+ " / de zoekvraag heeft te veel termen; gebruik minder woorden of operatoren", e);
		}
	}

	private Query filtered(Query textQuery, SearchOptions options) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
		if (!options.kinds().isEmpty()) {
			BooleanQuery.Builder kinds = new BooleanQuery.Builder();
			for (DocumentKind kind : options.kinds()) {
				kinds.add(new TermQuery(new Term(PassageFields.KIND, kind.name())), BooleanClause.Occur.SHOULD);
			}
			query.add(kinds.build(), BooleanClause.Occur.FILTER);
		}
		if (options.from() != null || options.to() != null) {
			long from = options.from() == null ? Long.MIN_VALUE : options.from().toEpochDay();
			long to = options.to() == null ? Long.MAX_VALUE : options.to().toEpochDay();
			query.add(LongPoint.newRangeQuery(PassageFields.DATE, from, to), BooleanClause.Occur.FILTER);
		}
		if (options.minister() != null && !options.minister().isBlank()) {
			Query minister = new QueryBuilder(index.analyzer()).createBooleanQuery(PassageFields.MINISTER,
					options.minister(), BooleanClause.Occur.MUST);
			if (minister != null) {
				query.add(minister, BooleanClause.Occur.FILTER);
			}
		}
		return query.build();
	}

	private static SearchHit toHit(Document doc, float score) {
		String answer = doc.get(PassageFields.ANSWER) == null ? "" : doc.get(PassageFields.ANSWER);
		return new SearchHit(doc.get(PassageFields.SOURCE), doc.getField(PassageFields.NUMBER).numericValue().intValue(),
				doc.get(PassageFields.KIND), doc.get(PassageFields.TITLE), doc.get(PassageFields.DATE_TEXT),
				doc.get(PassageFields.CITATION), doc.get(PassageFields.HEADING), doc.get(PassageFields.QUESTION), answer,
				answer, List.of(), score);
	}

	/** The hit with the words of its answer and question that match {@code text} marked and listed. */
	SearchHit highlighted(SearchHit hit, String text) {
		return highlighted(hit, highlighter.terms(text));
	}

	private SearchHit highlighted(SearchHit hit, Set<String> wanted) {
		String answer = hit.answer();
		String question = hit.question();
		List<TermHighlighter.Span> spans = highlighter.spans(answer, wanted);
		Set<String> words = new LinkedHashSet<>();
		spans.forEach(s -> words.add(answer.substring(s.start(), s.end())));
		if (question != null) {
			highlighter.spans(question, wanted).forEach(s -> words.add(question.substring(s.start(), s.end())));
		}
		return new SearchHit(hit.source(), hit.number(), hit.kind(), hit.title(), hit.date(), hit.citation(),
				hit.heading(), question, answer, TermHighlighter.mark(answer, spans, "**", "**"), List.copyOf(words),
				hit.score());
	}
}
