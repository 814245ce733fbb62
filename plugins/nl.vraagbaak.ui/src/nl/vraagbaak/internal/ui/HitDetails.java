package nl.vraagbaak.internal.ui;

import org.eclipse.swt.custom.StyledText;

import nl.vraagbaak.search.SearchHit;

/** Shows a search hit: provenance, the earlier question, and the answer with the matched words in bold. */
public final class HitDetails {
	private HitDetails() {
	}

	public static void render(StyledText target, SearchHit hit) {
		// as the Corpus view shows a passage: the whole title, where a footnote puts it, the date, and the identifier
		// "% negeer:" and "vraagbaak show" take (the title cut short and repeated said nothing more)
		RichText text = new RichText().bold(hit.title() == null ? hit.source() : hit.title()).plain("\n");
		field(text, Messages.Passage_citation, hit.citation() == null ? null : hit.provenance());
		field(text, Messages.Passage_date, hit.date());
		field(text, Messages.Passage_source, hit.source() + " #" + hit.number());
		text.plain("\n");
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

	private static void field(RichText text, String label, String value) {
		if (value != null) {
			text.bold(label + ": ").plain(value + "\n");
		}
	}
}
