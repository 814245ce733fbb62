package nl.vraagbaak.core;

/** What kind of government document a {@link CorpusDocument} is; decides how its passages are read and shown. */
public enum DocumentKind {
	/** A committee's "Lijst van vragen en antwoorden": numbered questions, each followed by its answer. */
	QUESTION_LIST("lijst van vragen en antwoorden", "list of questions and answers"),
	/** Answers to written questions (Kamervragen): "Vraag N" / "Antwoord op vraag N". */
	WRITTEN_ANSWERS("antwoorden op schriftelijke vragen", "answers to written questions"),
	/**
	 * Written questions as handed in and published, not yet answered ("Schriftelijke vragen"): each question a passage
	 * without an answer. Its answers replace it when they come (a sync takes it out).
	 */
	QUESTIONS("schriftelijke vragen, nog niet beantwoord", "written questions, not yet answered"),
	/** A letter to the House (Kamerbrief), split into sections. */
	LETTER("brief", "letter");

	private final String dutch;
	private final String english;

	DocumentKind(String dutch, String english) {
		this.dutch = dutch;
		this.english = english;
	}

	/** The label in the given language ("nl" or anything else for English). */
	public String label(String language) {
		return "nl".equals(language) ? dutch : english;
	}

	/** Parses a kind from its enum name or either label, case-insensitively; null when nothing fits. */
	public static DocumentKind parse(String text) {
		for (DocumentKind kind : values()) {
			if (kind.name().equalsIgnoreCase(text) || kind.dutch.equalsIgnoreCase(text)
					|| kind.english.equalsIgnoreCase(text)) {
				return kind;
			}
		}
		return null;
	}
}
