package nl.vraagbaak.internal.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.util.StemmerUtil;

/**
 * Drops the "ge" of a weak separable verb's participle, which sits after the particle, before stemming:
 * toegekend = toekend, ingediend = indiend, uitgekeerde = uitkeerde. Snowball reads "-end" after such a "ge" as a
 * present participle's ending ("toegekend" became "toegek", "ingediend" "ingedi"), so without this the participle
 * never met its infinitive ("toeken", "indien"). Only words ending as a weak participle (-d, -t, -de, -te) are
 * touched: in an infinitive such as "aangeven", or its present participle "aangevend", the "ge" belongs to the verb. {@link DutchVerbForms} drops the "ge"
 * of the other forms after stemming, with the same particles. Keyword-marked tokens (synonym concepts) are left alone.
 */
final class SeparableParticiples extends TokenFilter {
	/** The particles of separable verbs (longest first, so "tegen" is tried before "te" would be). */
	private static final String[] PARTICLES = { "terug", "samen", "tegen", "voor", "door", "vast", "over", "neer",
			"aan", "bij", "mee", "toe", "uit", "weg", "los", "af", "in", "na", "om", "op" };
	/** The letters that must follow particle and "ge" ("ingezet" = "inzet"; "aangaan" is left alone). */
	private static final int MIN_REST = 3;
	private static final int SHORTEST_PARTICLE = 2;
	private static final int LONGEST_PARTICLE = 5;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	SeparableParticiples(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		char[] s = term.buffer();
		int n = term.length();
		if (!keyword.isKeyword() && endsAsWeakParticiple(s, n) && !isPresentParticipleOfGeven(s, n)) {
			term.setLength(withoutParticipleGe(s, n));
		}
		return true;
	}

	private static boolean endsAsWeakParticiple(char[] s, int n) {
		char last = s[n - 1] == 'e' && n > 1 ? s[n - 2] : s[n - 1];
		return last == 'd' || last == 't';
	}

	/**
	 * "uitgevend(e)", "toegevend": the present participle of a separable verb on "geven", the one common verb whose
	 * own stem starts with "ge" and so looks like a weak participle here.
	 */
	private static boolean isPresentParticipleOfGeven(char[] s, int n) {
		return StemmerUtil.endsWith(s, n, "gevend") || StemmerUtil.endsWith(s, n, "gevende");
	}

	/** The word or stem without the "ge" after its particle, if it has one; returns the new length. */
	static int withoutParticipleGe(char[] s, int n) {
		int particle = particleBeforeGe(s, n);
		return particle > 0 ? StemmerUtil.deleteN(s, particle, n, 2) : n;
	}

	/**
	 * The length of the particle that "ge" follows at the start of the word, or -1. Most words have no "ge" where a
	 * particle could end, and are told so by a few character comparisons (this runs on every indexed word).
	 */
	private static int particleBeforeGe(char[] s, int n) {
		if (n < SHORTEST_PARTICLE + 2 + MIN_REST || !hasGeAfterAParticlesLength(s, n)) {
			return -1;
		}
		for (String particle : PARTICLES) {
			int p = particle.length();
			if (n >= p + 2 + MIN_REST && s[p] == 'g' && s[p + 1] == 'e' && StemmerUtil.startsWith(s, n, particle)) {
				return p;
			}
		}
		return -1;
	}

	private static boolean hasGeAfterAParticlesLength(char[] s, int n) {
		for (int p = SHORTEST_PARTICLE; p <= LONGEST_PARTICLE && p + 1 < n; p++) {
			if (s[p] == 'g' && s[p + 1] == 'e') {
				return true;
			}
		}
		return false;
	}
}
