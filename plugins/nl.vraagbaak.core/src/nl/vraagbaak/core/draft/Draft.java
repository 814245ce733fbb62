package nl.vraagbaak.core.draft;

import java.util.ArrayList;
import java.util.List;

import nl.vraagbaak.core.PassageRef;

/**
 * A set of written questions being drafted: the heading, the numbered questions, their footnotes, and the earlier
 * passages the user chose to ignore as "already asked" matches for this draft.
 */
public record Draft(DraftHeading heading, List<DraftQuestion> questions, List<DraftFootnote> footnotes,
		NumberingStyle numbering, List<PassageRef> ignored) {

	public Draft {
		questions = List.copyOf(questions);
		footnotes = List.copyOf(footnotes);
		ignored = List.copyOf(ignored);
	}

	/** The footnote with the given number, or null. */
	public DraftFootnote footnote(int number) {
		return footnotes.stream().filter(f -> f.number() == number).findFirst().orElse(null);
	}

	/** The same draft with a passage added to the ignore list. */
	public Draft ignoring(PassageRef passage) {
		List<PassageRef> more = new ArrayList<>(ignored);
		if (!more.contains(passage)) {
			more.add(passage);
		}
		return new Draft(heading, questions, footnotes, numbering, more);
	}
}
