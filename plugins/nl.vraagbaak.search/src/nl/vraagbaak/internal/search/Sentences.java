package nl.vraagbaak.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a text: each up to and including its ? or !, or a full stop before a capital or at the end; the
 * full stop of "a.s. beantwoorden" or "nr. 12" ends none.
 */
public final class Sentences {
	private static final Pattern SENTENCE = Pattern.compile(".+?(?:[?!]+|\\.(?=\\s+\\p{Lu})|\\.?\\s*$)", Pattern.DOTALL);

	private Sentences() {
	}

	/** The sentences in order, as they stand (with their spaces); none for a blank text. */
	public static List<String> of(String text) {
		List<String> sentences = new ArrayList<>();
		Matcher matcher = SENTENCE.matcher(text);
		while (matcher.find()) {
			if (!matcher.group().isBlank()) {
				sentences.add(matcher.group());
			}
		}
		return sentences;
	}
}
