package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

import nl.vraagbaak.search.SearchHit;

/** Shows a search hit: provenance, the earlier question, and the answer with the matched words in bold. */
public final class HitDetails {
	private HitDetails() {
	}

	public static void render(StyledText target, SearchHit hit) {
		StringBuilder text = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		bold(text, styles, hit.title() == null ? hit.source() : hit.title());
		text.append('\n').append(hit.reference());
		if (hit.date() != null) {
			text.append("  ").append(hit.date());
		}
		if (hit.citation() != null) {
			text.append("  ").append(hit.citation());
		}
		text.append("\n\n");
		if (hit.question() != null) {
			bold(text, styles, Messages.Passage_question + " " + hit.number());
			text.append('\n').append(hit.question()).append("\n\n");
			bold(text, styles, Messages.Passage_answer);
			text.append('\n');
		} else if (hit.heading() != null) {
			bold(text, styles, hit.heading());
			text.append('\n');
		}
		// the highlighted answer marks matches as **word**: show them bold instead
		String answer = hit.highlightedAnswer();
		int at = 0;
		while (true) {
			int open = answer.indexOf("**", at);
			int close = open < 0 ? -1 : answer.indexOf("**", open + 2);
			if (close < 0) {
				text.append(answer.substring(at));
				break;
			}
			text.append(answer, at, open);
			bold(text, styles, answer.substring(open + 2, close));
			at = close + 2;
		}
		target.setText(text.toString());
		target.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	/** The footnote text "Cite" adds: citation or title, the question number or heading, the date. */
	public static String citation(SearchHit hit) {
		String where = hit.citation() != null ? hit.citation() : hit.title();
		String what = hit.question() != null ? "antwoord op vraag " + hit.number() : hit.heading() == null ? "" : hit.heading();
		return where + (what.isEmpty() ? "" : ", " + what) + (hit.date() == null ? "" : " (" + hit.date() + ")") + ".";
	}

	private static void bold(StringBuilder text, List<StyleRange> styles, String value) {
		StyleRange range = new StyleRange();
		range.start = text.length();
		range.length = value.length();
		range.fontStyle = SWT.BOLD;
		styles.add(range);
		text.append(value);
	}
}
