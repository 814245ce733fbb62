package nl.vraagbaak.internal.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which a question points back to the question before it: "Welke termijn geldt daarvoor?", "Hoeveel
 * woningen zijn hiermee gemoeid?", "bent u bereid een dergelijke aanpak op te stellen?". Such a follow-up leaves its
 * subject in that question. "Deze" and "dit" are not counted: "deze wet", "dit kabinet" name their subject as often
 * as they point back.
 */
public final class BackReferences {
	/** hier- and daar- with a preposition (hiermee, daarvan, hierdoor), zo'n, dergelijk(e), (voor/boven)genoemd(e). */
	private static final Pattern POINTING_BACK = Pattern.compile("\\b((hier|daar)(aan|achter|af|bij|binnen|boven|buiten"
			+ "|door|in|langs|mee|na|naar|naast|om|omheen|onder|op|over|tegen|toe|tussen|uit|van|vandaan|voor|zonder)"
			+ "|zo['\u2019]n|dergelijke?|(voor|boven)?genoemde?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private BackReferences() {
	}

	/** The first word of the question that points back, if any. */
	public static Optional<String> in(String question) {
		Matcher matcher = POINTING_BACK.matcher(question);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}
}
