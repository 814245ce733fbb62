package nl.vraagbaak.core.draft;

/** A heading sentence that is not "Vragen van het lid ... aan ... over ...", saying what is wrong (in English here). */
public final class InvalidHeadingException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	private final transient DraftMessage text;

	InvalidHeadingException(DraftMessage text) {
		super(text.text());
		this.text = text;
	}

	/** What is wrong, to be said in the user's language. */
	public DraftMessage text() {
		return text;
	}
}
