package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.List;

import nl.vraagbaak.search.SearchHit;

/** Plain-text search results: provenance line, the earlier question, the answer's start with matches marked. */
final class HitPrinter {
	private static final int ANSWER_CHARS = 300;

	private HitPrinter() {
	}

	static void print(PrintStream out, List<SearchHit> hits) {
		if (hits.isEmpty()) {
			out.println("no earlier answers found / geen eerdere antwoorden gevonden");
		}
		int rank = 1;
		for (SearchHit hit : hits) {
			// what a reader recognises first, then the identifier that "vraagbaak show" takes
			out.printf("%d. %s%s%s  (%s, score %.2f)%n", rank++, hit.provenance(), hit.date() == null ? "" : "  " + hit.date(),
					hit.heading() == null ? "" : "  [" + hit.heading() + "]", hit.reference(), hit.score());
			if (hit.question() != null) {
				out.println("   Q: " + hit.question());
			}
			String answer = UnansweredText.or(hit.highlightedAnswer());
			out.println("   A: " + (answer.length() > ANSWER_CHARS ? answer.substring(0, ANSWER_CHARS) + " …" : answer));
		}
	}
}
