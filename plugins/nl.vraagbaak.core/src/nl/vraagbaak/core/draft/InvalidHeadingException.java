package nl.vraagbaak.core.draft;

import nl.vraagbaak.core.LocalizedText;

/** A heading sentence that is not "Vragen van het lid ... aan ... over ...", saying what is wrong (in English here). */
public final class InvalidHeadingException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	private final transient LocalizedText text;

	InvalidHeadingException(LocalizedText text) {
		super(text.text());
		this.text = text;
	}

	/** What is wrong, to be said in the user's language. */
	public LocalizedText text() {
		return text;
	}
}
