package nl.vraagbaak.spelling;

import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import nl.vraagbaak.internal.spelling.WordScanner;

/**
 * "Bedoelde u ...?" for a search: the query with every word that neither the word list nor the corpus knows replaced
 * by the first correction the corpus uses, so that the corrected search finds something. Words between quotes (an
 * exact phrase) and names are left as typed.
 */
public final class QueryCorrection {
	/** The corrected query, and the corrections in it in the order they stand ("versleuteling"). */
	public record Correction(String query, List<String> words) {
		public Correction {
			words = List.copyOf(words);
		}
	}

	private QueryCorrection() {
	}

	/**
	 * Whether a word of the query is one the corpus does not use: only then can a correction help, and only then is
	 * the word list worth reading (about a second, once).
	 */
	public static boolean mayNeedCorrection(String query, Predicate<String> corpusWords) {
		return WordScanner.words(query).stream().filter(w -> !isName(w)).map(w -> withoutFullStop(w.text()))
				.anyMatch(corpusWords.negate());
	}

	/** A capitalised word inside a sentence: a name, which no word list corrects ("Kathmann"). */
	private static boolean isName(WordScanner.Word word) {
		return !word.opensSentence() && Character.isUpperCase(word.text().charAt(0));
	}

	/**
	 * @param checker the spelling check (it may know the corpus's words already)
	 * @param corpusWords whether the corpus uses a word
	 * @return the corrected query, or empty when no word needs correcting or no correction is used in the corpus
	 */
	public static Optional<Correction> of(String query, SpellChecker checker, Predicate<String> corpusWords) {
		StringBuilder corrected = new StringBuilder(query);
		LinkedList<String> replacements = new LinkedList<>();
		List<WordScanner.Word> words = WordScanner.words(query);
		// from the end, so that earlier offsets stay right when a correction is longer or shorter
		for (int i = words.size() - 1; i >= 0; i--) {
			WordScanner.Word word = words.get(i);
			String text = withoutFullStop(word.text());
			if (isName(word) || checker.isKnown(text) || corpusWords.test(text)) {
				continue;
			}
			Optional<String> better = checker.suggestions(text).stream().filter(corpusWords).findFirst();
			if (better.isPresent()) {
				corrected.replace(word.start(), word.start() + text.length(), better.get());
				replacements.addFirst(better.get());
			}
		}
		return replacements.isEmpty() ? Optional.empty() : Optional.of(new Correction(corrected.toString(), replacements));
	}

	private static String withoutFullStop(String word) {
		return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
	}
}
