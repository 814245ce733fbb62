package nl.vraagbaak.internal.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Keeps a place name made with "Nieuw-" or "Den" in one piece (Nieuw-Zeeland = "NieuwZeeland", Den Helder =
 * "DenHelder"), where the tokenizer splits every hyphen and space. Such a name is another place than its second part:
 * split, "Nieuw-Zeeland" matched "Zeeland", and a draft asking how many new houses were built in Zeeland this year was
 * "already asked" (confidence 0.49) by a question on a trade agreement with New Zealand, through "nieuwe", "jaar" and
 * "Zeeland". Split, "Den Helder" was the adjective "helder" ("heldere") and "Den" a word that Den Haag, Den Helder and,
 * through its stem, "Deense" shared. Names with a compass word (Noord-Holland, Oost-Jeruzalem, Midden-Groningen) name
 * a part of their second part and stay split, so a search for "Groningen" still finds Midden-Groningen.
 *
 * <p>Runs on the tokenizer's output, before lower-casing: a prefix and a capital after one character (the tokenizer
 * keeps no hyphen; "Nieuw Zeeland" is joined too). Any other token costs one or two comparisons.
 */
final class PlaceNamePrefixes extends TokenFilter {
	private static final List<String> PREFIXES = List.of("Nieuw", "Den");

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
	/** The token read after a prefix that turned out not to be a name's second part. */
	private State next;
	private boolean exhausted;

	PlaceNamePrefixes(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (next != null) {
			restoreState(next);
			next = null;
			return true;
		}
		if (exhausted || !input.incrementToken()) {
			exhausted = true;
			return false;
		}
		if (!isPrefix()) {
			return true;
		}
		State prefix = captureState();
		int start = offset.startOffset();
		int end = offset.endOffset();
		if (!input.incrementToken()) {
			exhausted = true;
			restoreState(prefix);
			return true;
		}
		if (offset.startOffset() == end + 1 && Character.isUpperCase(term.charAt(0))) {
			String name = term.toString();
			int nameEnd = offset.endOffset();
			restoreState(prefix);
			term.append(name);
			offset.setOffset(start, nameEnd);
			return true;
		}
		next = captureState();
		restoreState(prefix);
		return true;
	}

	private boolean isPrefix() {
		for (String prefix : PREFIXES) {
			if (term.length() == prefix.length() && term.charAt(0) == prefix.charAt(0) && prefix.contentEquals(term)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		next = null;
		exhausted = false;
	}
}
