package nl.vraagbaak.core.read;

import java.util.List;

/**
 * Joins hard-wrapped lines (PDF extractions) into running text: words split by a line-end hyphen are put back
 * together ("opsporingsonder-" + "zoeken"), hyphens that belong to the word are kept ("CSAM-" + "verordening",
 * "end-to-" + "end", "Coreper-" + "vergadering"), and a blank line after a finished sentence becomes a paragraph
 * break.
 */
public final class TextJoiner {

	private TextJoiner() {
	}

	public static String join(List<String> lines) {
		StringBuilder out = new StringBuilder();
		boolean blankSeen = false;
		for (String raw : lines) {
			String line = Texts.collapseSpaces(raw).trim();
			if (line.isEmpty()) {
				blankSeen = out.length() > 0;
				continue;
			}
			if (out.length() > 0) {
				appendSeparator(out, line, blankSeen);
			}
			out.append(line);
			blankSeen = false;
		}
		return out.toString();
	}

	private static void appendSeparator(StringBuilder out, String next, boolean blankSeen) {
		char last = out.charAt(out.length() - 1);
		if (last == '-' && out.length() > 1 && Character.isLetterOrDigit(out.charAt(out.length() - 2))) {
			if (keepsHyphen(out, next)) {
				if (next.startsWith("en ") || next.startsWith("of ")) {
					out.append(' '); // "brief-" + "en telecommunicatiegeheim": an elided compound, not a split word
				}
			} else {
				out.setLength(out.length() - 1);
			}
			return;
		}
		boolean sentenceEnded = last == '.' || last == '?' || last == '!' || last == ':';
		out.append(blankSeen && sentenceEnded ? "\n\n" : " ");
	}

	/** A line-end hyphen is part of the word when the word already has one, or follows a capital or digit. */
	private static boolean keepsHyphen(StringBuilder out, String next) {
		if (next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || next.startsWith("en ") || next.startsWith("of ")) {
			return true;
		}
		int start = out.length() - 1;
		while (start > 0 && !Character.isWhitespace(out.charAt(start - 1))) {
			start--;
		}
		String word = out.substring(start, out.length() - 1);
		char beforeHyphen = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
		return word.contains("-") || Character.isUpperCase(beforeHyphen) || Character.isDigit(beforeHyphen)
				|| isNameInsideSentence(out, start, word);
	}

	/**
	 * "Coreper-" + "vergadering": a compound with a name keeps its hyphen. A capital that opens a sentence is no name
	 * ("Opsporings-" + "onderzoek" at a sentence's start is one word split at the line end).
	 */
	private static boolean isNameInsideSentence(StringBuilder out, int start, String word) {
		if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		int before = start - 1;
		while (before >= 0 && Character.isWhitespace(out.charAt(before))) {
			before--;
		}
		return before >= 0 && ".?!:(\"“".indexOf(out.charAt(before)) < 0;
	}
}
