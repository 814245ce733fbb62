package nl.vraagbaak.spelling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;

import nl.vraagbaak.internal.spelling.DutchWordList;
import nl.vraagbaak.internal.spelling.WordScanner;

/**
 * Dutch spelling of running text. A word is known when the OpenTaal word list knows it (with its inflections and
 * the compounds its rules allow), when it is a compound of two words the list knows ("cybersecurity" +
 * "maatregelen", with a linking s), when every part of a hyphenated word is known, or when the caller knows it (the
 * user's own word list, the words of the corpus). Words with digits and words with a capital after the first letter
 * (AIVD, NZa, GroenLinks-PvdA) are acronyms and names and are not checked. Lucene's Hunspell is not thread-safe:
 * the methods are synchronised.
 */
public final class SpellChecker {
	private static final int MAX_SUGGESTIONS = 5;
	/** The shortest parts a compound is split into: shorter ones ("en", "de") make nearly any typo a compound. */
	private static final int MIN_HEAD = 3;
	private static final int MIN_TAIL = 4;
	private static final int MAX_HEADS_TRIED = 2;

	private final Hunspell hunspell;
	private final Predicate<String> alsoKnown;

	/**
	 * @param alsoKnown words the caller knows besides the word list; asked only about words the list does not know
	 * @throws IOException when the word list cannot be read from the installation
	 */
	public SpellChecker(Predicate<String> alsoKnown) throws IOException {
		// suggestions give up after Hunspell's time limit with what they found, so a quick fix never hangs
		this.hunspell = new Hunspell(DutchWordList.get(), TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> {
		});
		this.alsoKnown = alsoKnown;
	}

	/** The unknown words of a text, in order, with offsets into it. */
	public synchronized List<Misspelling> check(String text) {
		List<Misspelling> misspellings = new ArrayList<>();
		for (WordScanner.Word word : WordScanner.words(text)) {
			if (word.isName()) {
				continue;
			}
			String w = word.text();
			if (w.endsWith(".")) {
				if (hunspell.spell(w)) {
					continue; // an abbreviation: "jl.", "nr."
				}
				w = w.substring(0, w.length() - 1);
			}
			if (!isKnown(w)) {
				misspellings.add(new Misspelling(word.start(), w.length(), w));
			}
		}
		return misspellings;
	}

	/** Whether one word (no spaces) is known. */
	public synchronized boolean isKnown(String word) {
		if (word.isEmpty() || isAcronymOrName(word) || spelled(word)) {
			return true;
		}
		if (word.indexOf('-') > 0) {
			boolean partsKnown = true;
			for (String part : word.split("-")) {
				partsKnown &= part.isEmpty() || isAcronymOrName(part) || spelled(part) || alsoKnown.test(part);
			}
			if (partsKnown) {
				return true;
			}
		}
		return alsoKnown.test(word);
	}

	/** Up to five corrections, best first; none when nothing close is known. */
	public synchronized List<String> suggestions(String word) {
		List<String> suggestions = hunspell.suggest(word);
		return (suggestions.isEmpty() ? compoundSuggestions(word) : suggestions).stream().limit(MAX_SUGGESTIONS).toList();
	}

	private boolean spelled(String word) {
		return hunspell.spell(word) || isCompound(word.toLowerCase(Locale.ROOT));
	}

	private static boolean isAcronymOrName(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
				return true;
			}
		}
		return false;
	}

	/** Two known words, the first perhaps with a linking s: the word list holds only the compounds it was given. */
	private boolean isCompound(String word) {
		for (int split = MIN_HEAD; split <= word.length() - MIN_TAIL; split++) {
			if (hunspell.spell(word.substring(split)) && isHead(word.substring(0, split))) {
				return true;
			}
		}
		return false;
	}

	private boolean isHead(String head) {
		return hunspell.spell(head)
				|| (head.endsWith("s") && head.length() > MIN_HEAD && hunspell.spell(head.substring(0, head.length() - 1)));
	}

	/**
	 * A slip in the last part of a compound ("kamervargen"), for which the word list suggests nothing: the
	 * suggestions for the part after the longest known head, then the next longest (each asks Hunspell, which may
	 * take a quarter of a second, so two heads at most).
	 */
	private List<String> compoundSuggestions(String word) {
		Set<String> suggestions = new LinkedHashSet<>();
		String lower = word.toLowerCase(Locale.ROOT);
		int headsTried = 0;
		for (int split = lower.length() - MIN_HEAD; split >= MIN_HEAD && headsTried < MAX_HEADS_TRIED; split--) {
			if (isHead(lower.substring(0, split)) && !hunspell.spell(lower.substring(split))) {
				headsTried++;
				for (String tail : hunspell.suggest(lower.substring(split))) {
					String candidate = word.substring(0, split) + tail;
					// a suggested name or two words ("herdenkMig", "ver gen") is no part of a compound
					if (tail.equals(tail.toLowerCase(Locale.ROOT)) && tail.indexOf(' ') < 0 && spelled(candidate)) {
						suggestions.add(candidate);
					}
				}
			}
		}
		return List.copyOf(suggestions);
	}
}
