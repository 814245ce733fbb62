package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of one numbered question and its answer in a question list, split where the question ends: at the
 * line that ends with a question mark, unless the sentence after it is another question ("Zo nee, waarom niet?").
 */
record QuestionBlock(int number, String question, String answer, int firstBodyIndex) {
	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\s*");

	static QuestionBlock split(int number, List<String> lines, int firstBodyIndex) {
		List<String> text = new ArrayList<>(lines);
		text.set(0, LEADING_NUMBER.matcher(text.get(0)).replaceFirst(""));
		int end = questionEnd(text);
		return new QuestionBlock(number, TextJoiner.join(text.subList(0, end + 1)),
				TextJoiner.join(text.subList(end + 1, text.size())), firstBodyIndex);
	}

	/** Index of the question's last line. */
	private static int questionEnd(List<String> lines) {
		int lastQuestionMark = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (endsQuestion(lines.get(i))) {
				lastQuestionMark = i;
				if (!nextSentenceIsQuestion(lines, i + 1)) {
					return i;
				}
			}
		}
		if (lastQuestionMark >= 0) {
			return lastQuestionMark;
		}
		// no question mark: a request such as "Kunt u ... toelichten." ends at its first full stop
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).trim().endsWith(".")) {
				return i;
			}
		}
		return lines.size() - 1;
	}

	private static boolean endsQuestion(String line) {
		String t = line.trim();
		return t.endsWith("?") || t.endsWith("?)") || t.matches(".*\\?\\s*\\d{1,2}\\)?$");
	}

	/** True when the lines from {@code from} up to the next sentence end finish with a question mark. */
	private static boolean nextSentenceIsQuestion(List<String> lines, int from) {
		for (int i = from; i < lines.size() && i < from + 4; i++) {
			String t = lines.get(i).trim();
			if (t.isEmpty()) {
				return false;
			}
			if (endsQuestion(t)) {
				return true;
			}
			if (t.endsWith(".") || t.endsWith(":") || t.endsWith(";") || t.contains(". ")) {
				return false;
			}
		}
		return false;
	}
}
