package nl.vraagbaak.spelling;

import java.io.IOException;
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

	/** Where the checker comes from, asked only when a word may need correcting: reading the word list takes a second. */
	@FunctionalInterface
	public interface CheckerSource {
		SpellChecker get() throws IOException;
	}

	/**
	 * @param corpusWords whether the corpus uses a word
	 * @param checker the spelling check (it may know the corpus's words already), got only when a word of the query
	 *            is one the corpus does not use
	 * @return the corrected query, or empty when no word needs correcting or no correction is used in the corpus
	 * @throws IOException when the word list is needed and cannot be read
	 */
	public static Optional<Correction> of(String query, Predicate<String> corpusWords, CheckerSource checker)
			throws IOException {
		List<WordScanner.Word> unused = unusedWords(query, corpusWords);
		if (unused.isEmpty()) {
			return Optional.empty();
		}
		SpellChecker spelling = checker.get();
		StringBuilder corrected = new StringBuilder(query);
		LinkedList<String> replacements = new LinkedList<>();
		// from the end, so that earlier offsets stay right when a correction is longer or shorter
		for (int i = unused.size() - 1; i >= 0; i--) {
			WordScanner.Word word = unused.get(i);
			String text = withoutFullStop(word.text());
			if (spelling.isKnown(text)) {
				continue;
			}
			Optional<String> better = spelling.suggestions(text).stream().filter(corpusWords).findFirst();
			if (better.isPresent()) {
				corrected.replace(word.start(), word.start() + text.length(), better.get());
				replacements.addFirst(better.get());
			}
		}
		return replacements.isEmpty() ? Optional.empty() : Optional.of(new Correction(corrected.toString(), replacements));
	}

	/** The query's words outside quotes that are not names and that the corpus does not use, in order. */
	private static List<WordScanner.Word> unusedWords(String query, Predicate<String> corpusWords) {
		return WordScanner.words(query).stream().filter(w -> !w.isName())
				.filter(w -> !corpusWords.test(withoutFullStop(w.text()))).toList();
	}

	private static String withoutFullStop(String word) {
		return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
	}
}
