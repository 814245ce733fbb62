package nl.vraagbaak.spelling;

import java.util.List;
import java.util.Locale;

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
		return checker.check(proseOnly(draft)).stream()
				.filter(m -> !accepted.contains(m.word()) && !accepted.contains(m.word().toLowerCase(Locale.ROOT))).toList();
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
