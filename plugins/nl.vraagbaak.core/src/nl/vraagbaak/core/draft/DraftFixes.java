package nl.vraagbaak.core.draft;

import static nl.vraagbaak.core.draft.DraftMessages.message;

import java.util.List;

import nl.vraagbaak.core.LocalizedText;
import nl.vraagbaak.core.read.Texts;

/**
 * The quick fixes of what is wrong in a draft's text, as edits of the text itself: a draft with errors cannot be
 * printed from its model without losing what the model could not place, so each fix changes one place and leaves
 * every other character as it was.
 */
public final class DraftFixes {
	private DraftFixes() {
	}

	/** One fix: its label, and the text from {@code offset} over {@code length} characters replaced by {@code text}. */
	public record Fix(LocalizedText label, int offset, int length, String text) {
		public String applyTo(String draft) {
			return draft.substring(0, offset) + text + draft.substring(offset + length);
		}
	}

	/** The fixes of a problem of {@code draft} (as {@link DraftFormat#parse(String)} reported it); none for most. */
	public static List<Fix> of(String draft, DraftProblem problem) {
		List<String> args = problem.text().args().stream().map(String::valueOf).toList();
		return switch (problem.text().key()) {
		case "footnoteUndefined" -> List.of(defineFootnote(draft, args.get(0)));
		case "textOutside" -> List.of(makeQuestion(draft, problem.line(), args.get(0)), deleteLine(draft, problem.line()));
		// a directive is one line; a footnote may run on over the next lines, so deleting its first line would hand
		// the rest to the footnote before it: that one is left to the user
		case "unknownDirective", "badReference" -> List.of(deleteLine(draft, problem.line()));
		default -> List.of();
		};
	}

	/** "[3] " at the end, after a blank line when the draft has no footnotes yet: the caret goes after it. */
	private static Fix defineFootnote(String draft, String number) {
		boolean footnotes = Texts.lines(draft).stream().anyMatch(l -> l.matches("\\s*\\[\\d{1,3}\\].*"));
		String before = (draft.endsWith("\n") || draft.isEmpty() ? "" : "\n") + (footnotes ? "" : "\n");
		return new Fix(message("fixDefineFootnote", number), draft.length(), 0, before + "[" + number + "] ");
	}

	/** The next question's label before the stray line: "2. " (or "Vraag 2" on a line of its own). */
	private static Fix makeQuestion(String draft, int line, String label) {
		String number = label.replaceAll("\\D", "");
		String prefix = label.startsWith("Vraag") ? label + "\n" : label + " ";
		return new Fix(message("fixMakeQuestion", number), lineStart(draft, line), 0, prefix);
	}

	private static Fix deleteLine(String draft, int line) {
		int start = lineStart(draft, line);
		return new Fix(message("fixDeleteLine", line), start, lineStart(draft, line + 1) - start, "");
	}

	/** The offset where 1-based line {@code line} starts; the text's length past its last line. */
	private static int lineStart(String draft, int line) {
		int offset = 0;
		for (int i = 1; i < line; i++) {
			int end = draft.indexOf('\n', offset);
			if (end < 0) {
				return draft.length();
			}
			offset = end + 1;
		}
		return offset;
	}
}
