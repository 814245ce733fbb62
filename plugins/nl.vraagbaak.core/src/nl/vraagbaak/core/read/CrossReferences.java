package nl.vraagbaak.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.CrossReference;
import nl.vraagbaak.core.PassageRef;

/**
 * Finds references from an answer to other answers of the same document ("het antwoord op vraag 24", "zie het
 * antwoord op vragen 2 en 3", "zoals vermeld in vraag 2") and to letters by date ("mijn brief van 1 oktober jl.").
 * Question references are resolved at once; letter references are resolved later against the whole corpus.
 */
public final class CrossReferences {
	private static final Pattern QUESTIONS = Pattern.compile(
			"\\bvra(?:ag|gen)\\s+(\\d{1,3})((?:\\s*(?:,|en|t/m|tot en met)\\s*\\d{1,3})*)", Pattern.CASE_INSENSITIVE);
	private static final Pattern LETTER = Pattern.compile("\\bbrief\\s+van\\s+(?:de\\s+)?(\\d{1,2})\\s+(\\p{L}+)(?:\\s+(\\d{4}|jl\\.))?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern RANGE_OR_NUMBER = Pattern.compile("(\\d{1,3})(?:\\s*(?:t/m|tot en met)\\s*(\\d{1,3}))?",
			Pattern.CASE_INSENSITIVE);
	/** More questions than any set holds in one reference. */
	private static final int MAX_RANGE = 100;

	private CrossReferences() {
	}

	/**
	 * @param text        the answer text
	 * @param source      the document's source, for resolving question references within it
	 * @param ownNumber   the number of the passage the text belongs to (a passage does not refer to itself)
	 * @param maxQuestion the highest question number in the document; higher numbers are not references
	 * @param year        the year "jl." means (the document's year), or 0 when unknown
	 */
	public static List<CrossReference> find(String text, String source, int ownNumber, int maxQuestion, int year) {
		List<CrossReference> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		Matcher m = QUESTIONS.matcher(text);
		while (m.find()) {
			for (int number : numbers(m)) {
				if (number != ownNumber && number >= 1 && number <= maxQuestion) {
					found.add(new CrossReference(m.group().trim(), number, null, new PassageRef(source, number)));
				}
			}
		}
		Matcher letter = LETTER.matcher(text);
		while (letter.find()) {
			String yearText = letter.group(3);
			int letterYear = yearText == null || yearText.startsWith("jl") ? year : Integer.parseInt(yearText);
			LocalDate date = letterYear > 0 ? DutchDates.of(letterYear, letter.group(2), letter.group(1)) : null;
			if (date != null) {
				found.add(new CrossReference(letter.group().trim(), 0, date, null));
			}
		}
		return found;
	}

	/** The question numbers the text names ("vraag 8", "antwoord op vragen 2 en 3"), in order; never null. */
	public static List<Integer> questionNumbers(String text) {
		List<Integer> found = new ArrayList<>();
		Matcher m = QUESTIONS.matcher(text);
		while (m.find()) {
			found.addAll(numbers(m));
		}
		return found;
	}

	/** The numbers a reference names, a range in full: "vragen 7 t/m 9" is 7, 8 and 9. */
	private static List<Integer> numbers(Matcher questions) {
		List<Integer> numbers = new ArrayList<>();
		Matcher part = RANGE_OR_NUMBER.matcher(questions.group(1) + questions.group(2));
		while (part.find()) {
			int first = Integer.parseInt(part.group(1));
			int last = part.group(2) == null ? first : Integer.parseInt(part.group(2));
			// a range backwards, or one far longer than a set of questions, is a typing slip: its ends only
			if (last < first || last - first > MAX_RANGE) {
				numbers.add(first);
				numbers.add(last);
			} else {
				for (int n = first; n <= last; n++) {
					numbers.add(n);
				}
			}
		}
		return numbers;
	}
}
