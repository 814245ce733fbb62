package nl.vraagbaak.spelling;

import java.util.List;

import nl.vraagbaak.core.draft.DraftFormat;

/**
 * The spelling of a draft: its heading and questions, not its footnotes (sources cited as published: titles,
 * often English, and addresses) or directives; the words the draft accepts ("% woorden: Kathmann, weglakking") are
 * known in it. Offsets are into the whole draft text.
 */
public final class DraftSpelling {
	private DraftSpelling() {
	}

	/** The unknown words of the heading and questions, but those the draft accepts ("% woorden: ..."). */
	public static List<Misspelling> check(String draft, SpellChecker checker) {
		List<String> accepted = DraftFormat.parse(draft).draft().words();
		return checker.check(proseOnly(draft)).stream().filter(m -> !UserDictionary.lists(accepted, m.word())).toList();
	}

	/** The unknown words, each once, in the order they first stand: what an export asks about. */
	public static List<String> unknownWords(String draft, SpellChecker checker) {
		return check(draft, checker).stream().map(Misspelling::word).distinct().toList();
	}

	/** The draft with every line that is not prose blanked out, so offsets stay those of the draft. */
	static String proseOnly(String draft) {
		StringBuilder prose = new StringBuilder(draft.length());
		int start = 0;
		while (start <= draft.length()) {
			int end = draft.indexOf('\n', start);
			String line = draft.substring(start, end < 0 ? draft.length() : end);
			prose.append(DraftFormat.isProse(line) ? line : " ".repeat(line.length()));
			if (end < 0) {
				break;
			}
			prose.append('\n');
			start = end + 1;
		}
		return prose.toString();
	}
}
