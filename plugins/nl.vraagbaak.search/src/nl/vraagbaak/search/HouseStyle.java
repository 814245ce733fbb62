package nl.vraagbaak.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftEdits;
import nl.vraagbaak.core.read.DutchDates;

/**
 * How a draft refers to an earlier answer, in the style of written questions: dates written out in Dutch
 * ("8 oktober 2024"), never the corpus's file names, which are hashes that would reach the Griffie.
 */
public final class HouseStyle {
	private HouseStyle() {
	}

	/**
	 * The footnote that cites the hit: its document's citation (else its title, else its file name), the question
	 * or section, the date (unless the title states it). "Kamerstuk 34 843, nr. 114, antwoord op vraag 26 (8 oktober
	 * 2024)."
	 */
	public static String citation(SearchHit hit) {
		if (DocumentKind.QUESTIONS.name().equals(hit.kind())) {
			// questions not yet answered are cited as asked: their subject, the question, the day handed in
			String asked = dutchDate(hit.date());
			return "Vragen over " + (hit.title() != null ? hit.title() : hit.source()) + ", vraag " + hit.number()
					+ (asked == null ? "" : " (ingezonden " + asked + ")") + ".";
		}
		String where = hit.citation() != null ? hit.citation() : hit.title() != null ? hit.title() : hit.source();
		String what = hit.question() != null ? "antwoord op vraag " + hit.number() : hit.heading() == null ? "" : hit.heading();
		String date = dutchDate(hit.date());
		// a title that already dates itself ("... (ontvangen 21 november 2025)") is not dated twice
		boolean dated = date == null || where.contains(date);
		return where + (what.isEmpty() ? "" : ", " + what) + (dated ? "" : " (" + date + ")") + ".";
	}

	/**
	 * How a follow-up question names the hit after "In": "uw antwoord op vraag 8 van 21 november 2025", or for a
	 * letter section "uw brief van 1 oktober 2024"; without a date, "uw antwoord op vraag 8", "uw brief".
	 */
	public static String earlierAnswer(SearchHit hit) {
		String date = dutchDate(hit.date());
		String what = hit.question() != null ? "uw antwoord op vraag " + hit.number() : "uw brief";
		return what + (date == null ? "" : " van " + date);
	}

	/** Whether the hit has an answer a follow-up can open with: a question not yet answered has none. */
	public static boolean canFollowUp(SearchHit hit) {
		return hit.answer() != null && !hit.answer().isBlank();
	}

	/**
	 * Question {@code number} of the draft rewritten as a follow-up on the hit: "In uw brief van 1 oktober 2024 stelt
	 * u: “...” <the question>", the hit cited in a footnote. That footnote is what keeps the earlier question from
	 * making the follow-up "already asked" ({@link CitedPassages}): quoting it is not asking it again.
	 *
	 * @throws IllegalArgumentException when the draft has no such question or the hit no answer
	 */
	public static Draft followUp(Draft draft, int number, SearchHit hit) {
		if (!canFollowUp(hit)) {
			throw new IllegalArgumentException(hit.reference() + " has no answer to follow up on");
		}
		return DraftEdits.asFollowUp(draft, number, earlierAnswer(hit), citation(hit), hit.answer());
	}

	/** "2024-10-08" as "8 oktober 2024"; null for no date or one that is not ISO. */
	static String dutchDate(String iso) {
		if (iso == null) {
			return null;
		}
		try {
			return DutchDates.format(LocalDate.parse(iso));
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
