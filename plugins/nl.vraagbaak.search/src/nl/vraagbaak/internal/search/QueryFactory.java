package nl.vraagbaak.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a user typed into a query over the passage fields. A draft question or plain keywords become a
 * weighted bag of words per field (question counts most), the best field scoring; text with quotes or AND/OR/NOT is parsed as query syntax, and
 * syntax that does not parse (unbalanced quotes, a stray operator) is searched as plain words instead of failing.
 */
public final class QueryFactory {
	private static final Map<String, Float> BOOSTS = Map.of(PassageFields.QUESTION, 2.0f, PassageFields.HEADING, 1.5f,
			PassageFields.ANSWER, 1.0f, PassageFields.TITLE, 0.5f);
	private static final Pattern SYNTAX = Pattern.compile("\"|\\b(AND|OR|NOT)\\b|(^|\\s)[+-]\\S");

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

	/** Every word in every text field, weighted by field. */
	public Query words(String text) {
		QueryBuilder builder = new QueryBuilder(analyzer);
		List<Query> perField = new ArrayList<>();
		for (String field : PassageFields.RANKED_FIELDS) {
			Query q = builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
			if (q != null) {
				perField.add(new BoostQuery(q, BOOSTS.get(field)));
			}
		}
		// the best field decides (tie 0): summing fields favoured passages that repeat a word in question and answer
		return perField.isEmpty() ? new MatchNoDocsQuery("no searchable words") : new DisjunctionMaxQuery(perField, 0f);
	}
}
