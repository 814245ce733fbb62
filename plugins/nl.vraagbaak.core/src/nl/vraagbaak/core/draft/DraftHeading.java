package nl.vraagbaak.core.draft;

import java.time.LocalDate;
import java.util.List;

/**
 * The heading sentence of a question set: who asks, whom, about what, and when it was handed in.
 *
 * @param askers     the members asking, in order
 * @param addressees the ministers and state secretaries addressed, as written ("de minister van Justitie en
 *                   Veiligheid")
 * @param subject    what the questions are about
 * @param submitted  the date handed in ("ingezonden"), or null while it is a draft
 */
public record DraftHeading(List<Asker> askers, List<String> addressees, String subject, LocalDate submitted) {
	public DraftHeading {
		askers = List.copyOf(askers);
		addressees = List.copyOf(addressees);
	}

	/** The same heading with a submission date. */
	public DraftHeading submittedOn(LocalDate date) {
		return new DraftHeading(askers, addressees, subject, date);
	}
}
