package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.List;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.SearchHit;

/** Plain-text verdicts: flagged questions first in each line, then the explanation and the earlier answers. */
final class VerdictPrinter {
	private VerdictPrinter() {
	}

	static void print(PrintStream out, List<CheckCommand.QuestionResult> results) {
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
				out.println("   not in the earlier question: " + String.join(", ", m.missingWords()));
				if (v.readWith() != null) {
					out.println(r.number() == 1
							? "   read with the subject in the heading, to which it points back / gelezen met het onderwerp"
							: "   read with the question before it, to which it points back / gelezen met de vraag ervoor");
				}
			}
			out.println("   earlier answers:");
			for (SearchHit h : r.earlierAnswers()) {
				out.println("     " + h.provenance() + (h.date() == null ? "" : "  " + h.date()) + "  (" + h.reference() + ")"
						+ (h.question() != null ? "  " + shorten(h.question()) : h.heading() != null ? "  [" + h.heading() + "]" : ""));
			}
		}
	}

	private static String shorten(String text) {
		return Texts.abbreviate(text, 100);
	}
}
