package nl.vraagbaak.internal.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.util.StemmerUtil;

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
	private static final int LETTERS = 26;

	/**
	 * The listed forms with their infinitives, and which last three letters a form can have: nearly every word
	 * ends otherwise and passes on one array lookup (looking up every word under every prefix cost a tenth of
	 * indexing time on the benchmark).
	 */
	static final class Forms {
		private final CharArrayMap<String> infinitives = new CharArrayMap<>(256, false);
		private final boolean[] endings = new boolean[LETTERS * LETTERS * LETTERS];
	}

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
	private final Forms forms;

	StrongVerbForms(TokenStream input, Forms forms) {
		super(input);
		this.forms = forms;
	}

	/** The forms of lines "infinitive: form form ...". */
	static Forms forms(List<String> lines) {
		Forms forms = new Forms();
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("a strong verb line needs \"infinitive: forms\": " + line);
			}
			String infinitive = line.substring(0, colon).trim();
			for (String form : line.substring(colon + 1).trim().split("\\s+")) {
				int ending = ending(form.toCharArray(), form.length());
				if (ending < 0) {
					throw new IllegalArgumentException("a strong verb form needs three letters a-z or more: " + form);
				}
				forms.infinitives.put(form, infinitive);
				forms.endings[ending] = true;
			}
		}
		return forms;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		char[] word = term.buffer();
		int length = term.length();
		int ending = ending(word, length);
		if (ending >= 0 && forms.endings[ending] && !keyword.isKeyword()) {
			String infinitive = forms.infinitives.get(word, 0, length);
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
			if (length - p >= MIN_FORM && StemmerUtil.startsWith(word, length, prefix)) {
				String infinitive = forms.infinitives.get(word, p, length - p);
				if (infinitive != null) {
					term.setEmpty().append(prefix).append(infinitive);
					return;
				}
			}
		}
	}

	/** The index of a word's last three letters (a-z), or -1 when it is shorter or ends in something else. */
	private static int ending(char[] word, int length) {
		if (length < MIN_FORM) {
			return -1;
		}
		int index = 0;
		for (int i = length - MIN_FORM; i < length; i++) {
			int letter = word[i] - 'a';
			if (letter < 0 || letter >= LETTERS) {
				return -1;
			}
			index = index * LETTERS + letter;
		}
		return index;
	}
}
