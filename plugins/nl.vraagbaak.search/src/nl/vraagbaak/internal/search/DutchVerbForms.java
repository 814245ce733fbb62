package nl.vraagbaak.internal.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Brings together verb forms the Snowball Dutch stemmer leaves apart, for the verb classes policy texts use most:
 * Latinate "-eren" verbs (adviseren, adviseert, adviseerde, geadviseerd all become "adviser"; likewise informeren,
 * detecteren, reguleren) and the "-dt" of the third person (onthoudt = onthoud, wordt = word). Runs after stemming;
 * keyword-marked tokens (synonym concepts) are left alone.
 */
final class DutchVerbForms extends TokenFilter {
	private static final int MIN_LATINATE_STEM = 6;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	DutchVerbForms(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		// most stems end in neither "-eerd"/"-eert" nor "-dt": decide that on the chars, without a String
		if (!keyword.isKeyword() && mayApply(term.buffer(), term.length())) {
			String normalized = normalize(term.toString());
			if (normalized != null) {
				term.setEmpty().append(normalized);
			}
		}
		return true;
	}

	private static boolean mayApply(char[] stem, int length) {
		return length >= 4 && (stem[length - 1] == 't' || stem[length - 1] == 'd');
	}

	/** The normalized stem, or null when the rules do not apply. */
	static String normalize(String stem) {
		if (stem.length() >= MIN_LATINATE_STEM && (stem.endsWith("eerd") || stem.endsWith("eert"))) {
			String base = stem.substring(0, stem.length() - 4) + "er";
			// the participle's "ge-" (geadviseerd): Latinate verbs take it only before a stem of their own
			return base.startsWith("ge") && base.length() >= MIN_LATINATE_STEM + 2 ? base.substring(2) : base;
		}
		if (stem.length() >= 4 && stem.endsWith("dt")) {
			return stem.substring(0, stem.length() - 1);
		}
		return null;
	}
}
