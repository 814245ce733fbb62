package nl.vraagbaak.core;

/**
 * Points at one passage of the corpus: a document's source name plus the passage number within it.
 */
public record PassageRef(String source, int number) {
	/** "001_4a688004c2e20cff.txt#24": the form used in the CLI and in a draft's ignore list. */
	@Override
	public String toString() {
		return source + "#" + number;
	}

	/** Parses {@link #toString()}'s form; throws IllegalArgumentException naming the text when it does not fit. */
	public static PassageRef parse(String text) {
		int hash = text.lastIndexOf('#');
		if (hash <= 0) {
			throw new IllegalArgumentException("not a passage reference (source#number): " + text);
		}
		try {
			return new PassageRef(text.substring(0, hash), Integer.parseInt(text.substring(hash + 1).trim()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a passage reference (source#number): " + text, e);
		}
	}
}
