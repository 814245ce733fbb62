package nl.vraagbaak.core.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.read.DutchDates;
import nl.vraagbaak.core.read.Texts;

/**
 * Reads and writes the heading sentence: "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van
 * Justitie en Veiligheid en de staatssecretaris van ... over ... (ingezonden 13 november 2025)." Several askers:
 * "van de leden A (P), B (Q) en C (R)". Ministry names contain "en", so addressees are split only before "de".
 */
public final class HeadingFormat {
	private static final Pattern HEADING = Pattern.compile(
			"^Vragen van (?:het lid|de leden)\\s+(.+?)\\s+aan\\s+(.+?)\\s+over\\s+(.+?)(?:\\s*\\(ingezonden\\s+([^)]+)\\))?\\.?\\s*$");
	private static final Pattern ASKER = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)$");
	private static final Pattern ASKER_SPLIT = Pattern.compile("(?<=\\)),\\s*|(?<=\\))\\s+en\\s+");
	private static final Pattern ADDRESSEE_SPLIT = Pattern.compile(",\\s*(?=de\\s)|\\s+en\\s+(?=de\\s)");

	private HeadingFormat() {
	}

	/** True when a line starts like a heading sentence. */
	public static boolean isHeading(String line) {
		return line.trim().startsWith("Vragen van ");
	}

	/** @throws InvalidHeadingException saying what is wrong */
	public static DraftHeading parse(String sentence) {
		Matcher m = HEADING.matcher(sentence.trim());
		if (!m.matches()) {
			throw new InvalidHeadingException(DraftMessages.message("headingForm"));
		}
		List<Asker> askers = new ArrayList<>();
		for (String part : ASKER_SPLIT.split(m.group(1))) {
			Matcher a = ASKER.matcher(part.trim());
			askers.add(a.matches() ? new Asker(a.group(1).trim(), a.group(2).trim()) : new Asker(part.trim(), null));
		}
		List<String> addressees = new ArrayList<>();
		for (String part : ADDRESSEE_SPLIT.split(m.group(2))) {
			addressees.add(part.trim());
		}
		LocalDate submitted = null;
		if (m.group(4) != null) {
			submitted = DutchDates.first(m.group(4));
			if (submitted == null) {
				throw new InvalidHeadingException(DraftMessages.message("headingDate", m.group(4)));
			}
		}
		return new DraftHeading(askers, addressees, m.group(3).trim(), submitted);
	}

	/** The heading sentence, ending with a full stop. */
	public static String format(DraftHeading heading) {
		StringBuilder out = new StringBuilder("Vragen van ");
		out.append(heading.askers().size() == 1 ? "het lid " : "de leden ");
		out.append(Texts.joinDutch(heading.askers().stream().map(Asker::toString).toList()));
		out.append(" aan ").append(Texts.joinDutch(heading.addressees()));
		out.append(" over ").append(heading.subject());
		if (heading.submitted() != null) {
			out.append(" (ingezonden ").append(DutchDates.format(heading.submitted())).append(')');
		}
		return out.append('.').toString();
	}
}
