package nl.vraagbaak.internal.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A step of the analysis chain that rewrites each word in place (a verb form, a stem) and leaves keyword-marked
 * tokens, the synonym concepts, as they are.
 */
abstract class WordRewriter extends TokenFilter {
	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	WordRewriter(TokenStream input) {
		super(input);
	}

	@Override
	public final boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			rewrite(term);
		}
		return true;
	}

	/** Rewrites the word, which is not a keyword. */
	abstract void rewrite(CharTermAttribute word);
}
