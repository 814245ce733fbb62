package nl.vraagbaak.internal.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces a past form of a strong or irregular verb by its infinitive, before stemming: "koos" and "gekozen"
 * become "kiezen", and with a verb prefix "onderzocht" becomes "onderzoeken", "aangenomen" "aannemen". No suffix
 * rule can join these forms (the vowel changes), so they come from the committed list strong-verbs.txt. Runs on
 * folded words; keyword-marked tokens (synonym concepts) are left alone.
 */
final class StrongVerbForms extends TokenFilter {
	/** Verb prefixes a listed form may follow, longest first so that "onder" is tried before "on" would be. */
	private static final String[] PREFIXES = { "achter", "binnen", "terug", "samen", "tegen", "onder", "over",
			"door", "voor", "vast", "neer", "vrij", "rond", "aan", "ont", "ver", "her", "mee", "toe", "uit", "weg",
			"los", "mis", "bij", "be", "af", "in", "na", "om", "op" };
	private static final int MIN_FORM = 3;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
	private final CharArrayMap<String> infinitives;

	StrongVerbForms(TokenStream input, CharArrayMap<String> infinitives) {
		super(input);
		this.infinitives = infinitives;
	}

	/** The form-to-infinitive map of lines "infinitive: form form ...". */
	static CharArrayMap<String> infinitives(List<String> lines) {
		CharArrayMap<String> map = new CharArrayMap<>(256, false);
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("a strong verb line needs \"infinitive: forms\": " + line);
			}
			String infinitive = line.substring(0, colon).trim();
			for (String form : line.substring(colon + 1).trim().split("\\s+")) {
				map.put(form, infinitive);
			}
		}
		return map;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword() && term.length() >= MIN_FORM) {
			char[] word = term.buffer();
			int length = term.length();
			String infinitive = infinitives.get(word, 0, length);
			if (infinitive != null) {
				term.setEmpty().append(infinitive);
			} else {
				withPrefix(word, length);
			}
		}
		return true;
	}

	private void withPrefix(char[] word, int length) {
		for (String prefix : PREFIXES) {
			int p = prefix.length();
			if (length - p >= MIN_FORM && startsWith(word, prefix)) {
				String infinitive = infinitives.get(word, p, length - p);
				if (infinitive != null) {
					term.setEmpty().append(prefix).append(infinitive);
					return;
				}
			}
		}
	}

	private static boolean startsWith(char[] word, String prefix) {
		for (int i = 0; i < prefix.length(); i++) {
			if (word[i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
