package nl.vraagbaak.internal.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of running text that a spelling check should look at, with where they stand. Left out, as in a word
 * processor's defaults or because the writer did not write them: web and e-mail addresses, text between double
 * quotation marks (the title of a report or a news item is cited as it was published, often in English), and
 * capitalised words inside a sentence (names of people, places and organisations, which no word list holds). A
 * capitalised word that starts a sentence or a question is checked.
 */
public final class WordScanner {
	/** A word, or a number with letters ("COVID-19"), with an abbreviation's full stop when one follows. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’\\-]*[\\p{L}\\p{N}\\p{M}])?\\.?");
	private static final Pattern NOT_WRITTEN_HERE = Pattern.compile(
			"(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|\"[^\"\\n]*\"|“[^”\\n]*”|„[^”“\\n]*[”“]");
	/** What ends a sentence before a word, and what may stand between it and the word (space, opening quotes). */
	private static final String SENTENCE_ENDS = ".?!:;";
	private static final String OPENERS = "\"'“„‘(";
	/** A paragraph's opening question label: "1.", "12)", "Vraag 3". */
	private static final Pattern QUESTION_LABEL = Pattern.compile("(?i)\\s*(?:vraag\\s+)?\\d+[.)]?\\s*");
	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	/** One word to check: where it stands, and whether it opens a sentence. */
	public record Word(int start, int end, String text, boolean opensSentence) {
		/** A capitalised word inside a sentence: a name, which no word list holds ("Kathmann", "Wolvega"). */
		public boolean isName() {
			return !opensSentence && Character.isUpperCase(text.charAt(0));
		}
	}

	private WordScanner() {
	}

	public static List<Word> words(String text) {
		boolean[] skipped = new boolean[text.length()];
		Matcher notWritten = NOT_WRITTEN_HERE.matcher(text);
		while (notWritten.find()) {
			for (int i = notWritten.start(); i < notWritten.end(); i++) {
				skipped[i] = true;
			}
		}
		List<Word> words = new ArrayList<>();
		Matcher paragraph = PARAGRAPH_BREAK.matcher(text);
		int paragraphStart = 0;
		int nextParagraph = paragraph.find() ? paragraph.end() : Integer.MAX_VALUE;
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			while (word.start() >= nextParagraph) {
				paragraphStart = nextParagraph;
				nextParagraph = paragraph.find() ? paragraph.end() : Integer.MAX_VALUE;
			}
			if (!skipped[word.start()]) {
				words.add(new Word(word.start(), word.end(), word.group(), opensSentence(text, paragraphStart, word.start())));
			}
		}
		return words;
	}

	private static boolean opensSentence(String text, int paragraphStart, int start) {
		int i = start - 1;
		while (i >= paragraphStart && (Character.isWhitespace(text.charAt(i)) || OPENERS.indexOf(text.charAt(i)) >= 0)) {
			i--;
		}
		if (i < paragraphStart || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
			return true;
		}
		// "1. Bent u ...", "Vraag 3 Bent u ...": the label's full stop may be missing
		return start - paragraphStart <= 12 && QUESTION_LABEL.matcher(text.substring(paragraphStart, start)).matches();
	}
}
