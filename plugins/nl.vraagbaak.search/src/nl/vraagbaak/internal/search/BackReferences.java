package nl.vraagbaak.internal.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which a question points back to the question before it: "Welke termijn geldt daarvoor?", "Hoeveel
 * woningen zijn hiermee gemoeid?", "bent u bereid een dergelijke aanpak op te stellen?", "Hoe oordeelt u over dit
 * bericht?". Such a follow-up leaves its subject in that question. "Deze" and "dit" count but before a word for the
 * present ("dit jaar", "dit kabinet", "op dit moment") and in "deze vraag/vragen" (the set itself): in ten real
 * question sets in their order (the seeds' 001 and 004, the eight answer .docx) checked against the rest of the corpus they
 * took 4 of 15 markers away, all on another subject ("Betekent dit voorstel een einde van het briefgeheim?" against a
 * question on Ukraine that names the briefgeheim), and none that repeated a question.
 */
public final class BackReferences {
	/**
	 * hier- and daar- with a preposition (hiermee, daarvan, hierdoor), zo'n, dergelijk(e), (voor/boven)genoemd(e),
	 * deze and dit.
	 */
	private static final Pattern POINTING_BACK = Pattern.compile("\\b((hier|daar)(aan|achter|af|bij|binnen|boven|buiten"
			+ "|door|in|langs|mee|na|naar|naast|om|omheen|onder|op|over|tegen|toe|tussen|uit|van|vandaan|voor|zonder)"
			+ "|zo['\u2019]n|dergelijke?|(voor|boven)?genoemde?"
			+ "|(deze|dit)(?!\\s+(jaar|week|maand|moment|kabinet|kabinetsperiode|zomer|winter|voorjaar|najaar|eeuw"
			+ "|vraag|vragen)\\b))\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private BackReferences() {
	}

	/** The first word of the question that points back, if any. */
	public static Optional<String> in(String question) {
		Matcher matcher = POINTING_BACK.matcher(question);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}
}
