package nl.vraagbaak.core.draft;

import java.util.Locale;

import nl.vraagbaak.core.LocalizedText;

/** Something wrong in a draft's text, at a 1-based line; errors make the draft unfit to hand in, warnings do not. */
public record DraftProblem(int line, Severity severity, LocalizedText text) {
	public enum Severity {
		ERROR, WARNING
	}

	/** Whether it is a question without text. */
	public boolean isEmptyQuestion() {
		return text.key().equals("emptyQuestion");
	}

	/** What is wrong, in English. */
	public String message() {
		return text.text();
	}

	/** What is wrong, in the locale's language (Dutch or English). */
	public String message(Locale locale) {
		return text.in(locale);
	}

	@Override
	public String toString() {
		return line + ": " + (severity == Severity.ERROR ? "error" : "warning") + ": " + message();
	}
}
