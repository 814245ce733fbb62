package nl.vraagbaak.internal.ui;

import org.eclipse.swt.custom.StyledText;

import nl.vraagbaak.search.SearchHit;

/** Shows a search hit: provenance, the earlier question, and the answer with the matched words in bold. */
public final class HitDetails {
	private HitDetails() {
	}

	public static void render(StyledText target, SearchHit hit) {
		// where it is as a reader names it, then the identifier "% negeer:" and "vraagbaak show" take
		RichText text = new RichText().bold(hit.title() == null ? hit.source() : hit.title())
				.plain("\n" + hit.provenance() + (hit.date() == null ? "" : "  " + hit.date()))
				.plain("\n" + hit.reference() + "\n\n");
		if (hit.question() != null) {
			text.bold(Messages.Passage_question + " " + hit.number()).plain("\n" + hit.question() + "\n\n")
					.bold(Messages.Passage_answer).plain("\n");
		} else if (hit.heading() != null) {
			text.bold(hit.heading()).plain("\n");
		}
		// the highlighted answer marks matches as **word**: show them bold instead
		String answer = hit.question() != null && hit.answer().isBlank() ? Messages.Passage_notYetAnswered
				: hit.highlightedAnswer();
		int at = 0;
		while (true) {
			int open = answer.indexOf("**", at);
			int close = open < 0 ? -1 : answer.indexOf("**", open + 2);
			if (close < 0) {
				text.plain(answer.substring(at));
				break;
			}
			text.plain(answer.substring(at, open)).bold(answer.substring(open + 2, close));
			at = close + 2;
		}
		text.showIn(target);
	}
}
