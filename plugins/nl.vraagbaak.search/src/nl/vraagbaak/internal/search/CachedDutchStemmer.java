package nl.vraagbaak.internal.search;

import java.io.IOException;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Snowball Dutch stemming with a cache of the words it has stemmed. Word frequencies are Zipfian, so most tokens
 * are found in the cache; indexing a large corpus spends its time elsewhere. The analyzer reuses one filter per
 * thread, so the cache is never shared between threads. Keyword-marked tokens are left as they are.
 */
final class CachedDutchStemmer extends TokenFilter {
	private static final int MAX_CACHED = 200_000;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
	private final DutchStemmer stemmer = new DutchStemmer();
	/** Keyed by the term's chars, so a cached word costs no allocation. */
	private final CharArrayMap<char[]> cache = new CharArrayMap<>(1024, false);

	CachedDutchStemmer(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			char[] stem = cache.get(term.buffer(), 0, term.length());
			if (stem == null) {
				String word = term.toString();
				stemmer.setCurrent(word);
				stemmer.stem();
				stem = stemmer.getCurrent().toCharArray();
				if (cache.size() >= MAX_CACHED) {
					cache.clear(); // crude, but bounded: the frequent words come straight back
				}
				cache.put(word, stem);
			}
			term.copyBuffer(stem, 0, stem.length);
		}
		return true;
	}
}
