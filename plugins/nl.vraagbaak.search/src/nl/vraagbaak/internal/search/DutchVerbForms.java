package nl.vraagbaak.internal.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Brings together the forms of a word that the Snowball Dutch stemmer leaves apart. Snowball removes "-en", "-e"
 * and "-s" but not the endings of Dutch verbs, so "werkt", "werken" and "werkte" had three stems and a draft
 * asking "waarom stemt Nederland tegen" missed "tegen te stemmen". After stemming, this step:
 * <ol>
 * <li>maps Latinate "-eren" verbs to one stem (adviseert, adviseerde, geadviseerd all become "adviser");</li>
 * <li>drops the final "t"s and "d"s of stems of five letters or more (werkt, werkte = werk; stemd = stem);</li>
 * <li>drops the "ge" a separable verb's participle has after its particle (voorgesteld = voorstel), for the
 * forms {@link SeparableParticiples} leaves to this step (uitgezonden = uitzond);</li>
 * <li>undoubles a final double consonant (stemm = stem) and devoices a final z or v (kiez = kies, gev = gef);</li>
 * <li>undoubles the vowel of a closed final syllable (vraag = vrag, geef = gef).</li>
 * </ol>
 * Index and queries go through the same steps, so a stem that happens to end in "t" ("kabinet" = "kabine") still
 * finds its own forms. Keyword-marked tokens (synonym concepts) are left alone.
 */
final class DutchVerbForms extends TokenFilter {
	private static final int MIN_LATINATE_STEM = 6;
	private static final int MIN_ENDING_STEM = 5;
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
		if (!keyword.isKeyword() && term.length() >= 3) {
			term.setLength(normalize(term.buffer(), term.length()));
		}
		return true;
	}

	/** Normalises the stem in place; returns its new length. */
	static int normalize(char[] s, int length) {
		int n = length;
		if (n >= MIN_LATINATE_STEM && (s[n - 1] == 'd' || s[n - 1] == 't') && s[n - 2] == 'r' && s[n - 3] == 'e'
				&& s[n - 4] == 'e') {
			// the participle's "ge-" (geadviseerd): Latinate verbs take it only before a stem of their own
			int from = s[0] == 'g' && s[1] == 'e' && n - 2 >= MIN_LATINATE_STEM + 2 ? 2 : 0;
			System.arraycopy(s, from, s, 0, n - 4 - from);
			n = n - 4 - from;
			s[n++] = 'e';
			s[n++] = 'r';
			return n;
		}
		n = SeparableParticiples.withoutParticipleGe(s, n);
		// repeatedly, so that "onthoudt" and "onthouden" (stem "onthoud") meet
		while (n >= MIN_ENDING_STEM && (s[n - 1] == 't' || s[n - 1] == 'd')) {
			n--;
		}
		if (n >= 4 && s[n - 1] == s[n - 2] && isConsonant(s[n - 1])) {
			n--;
		}
		if (n >= 3 && s[n - 1] == 'z') {
			s[n - 1] = 's';
		} else if (n >= 3 && s[n - 1] == 'v') {
			s[n - 1] = 'f';
		}
		if (n >= 4 && isConsonant(s[n - 1]) && s[n - 2] == s[n - 3] && "aeou".indexOf(s[n - 2]) >= 0
				&& isConsonant(s[n - 4])) {
			s[n - 2] = s[n - 1];
			n--;
		}
		return n;
	}

	private static boolean isConsonant(char c) {
		return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
	}
}
