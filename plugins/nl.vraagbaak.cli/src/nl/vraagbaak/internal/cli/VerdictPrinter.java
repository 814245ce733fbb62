package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.HouseStyle;
import nl.vraagbaak.search.SearchHit;

/** Plain-text verdicts: flagged questions first in each line, then the explanation and the earlier answers. */
final class VerdictPrinter {
	private VerdictPrinter() {
	}

	/** @param draft the draft file checked, which the commands that act on a verdict name */
	static void print(PrintStream out, Path draft, List<CheckCommand.QuestionResult> results) {
		for (CheckCommand.QuestionResult r : results) {
			AlreadyAsked.Verdict v = r.verdict();
			out.printf("%d. %s (confidence %.2f)%n   %s%n", r.number(),
					v.alreadyAsked() ? "ALREADY ASKED / al gesteld" : "new / nieuw", v.confidence(), v.question());
			if (v.alreadyAsked() && !v.matches().isEmpty()) {
				AlreadyAsked.Match m = v.matches().get(0);
				SearchHit h = m.hit();
				out.println("   earlier: " + h.provenance() + (h.date() == null ? "" : ", " + h.date()) + " (" + h.reference() + ")");
				if (m.earlierQuestion() != null) {
					out.println("   earlier question: " + m.earlierQuestion());
				}
				out.println("   answer: " + UnansweredText.or(m.answerStart()));
				out.println("   shared words: " + String.join(", ", m.sharedWords()));
				if (!m.missingWords().isEmpty()) {
					out.println("   not in the earlier question: " + String.join(", ", m.missingWords()));
				}
				if (v.readWith() != null) {
					out.println(r.number() == 1
							? "   read with the subject in the heading, to which it points back / gelezen met het onderwerp"
							: "   read with the question before it, to which it points back / gelezen met de vraag ervoor");
				}
				printActions(out, draft, r.number(), h);
			}
			out.println("   earlier answers:");
			for (SearchHit h : r.earlierAnswers()) {
				out.println("     " + h.provenance() + (h.date() == null ? "" : "  " + h.date()) + "  (" + h.reference() + ")"
						+ (h.question() != null ? "  " + shorten(h.question()) : h.heading() != null ? "  [" + h.heading() + "]" : ""));
			}
		}
	}

	/** What the workbench's quick fixes do, as commands: cite it, follow up on it, or ignore the match. */
	private static void printActions(PrintStream out, Path draft, int question, SearchHit earlier) {
		String file = draft.toString();
		// a path with a space is quoted, so that the line can be pasted into a shell
		String cite = "vraagbaak cite " + (file.matches(".*\\s.*") ? "'" + file + "'" : file) + " " + question + " "
				+ earlier.reference();
		out.println("   cite it: " + cite + (HouseStyle.canFollowUp(earlier) ? "   follow up on it: " + cite + " --follow-up"
				: "") + "   or ignore it: add \"% negeer: " + earlier.reference() + "\" to the draft");
	}

	private static String shorten(String text) {
		return Texts.abbreviate(text, 100);
	}
}
