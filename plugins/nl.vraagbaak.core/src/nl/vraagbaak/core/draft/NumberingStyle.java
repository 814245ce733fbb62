package nl.vraagbaak.core.draft;

/** How questions are numbered in a draft and in its Word export: "1." or "Vraag 1". */
public enum NumberingStyle {
	PLAIN, VRAAG;

	/** "plain" or "vraag", case-insensitively; throws IllegalArgumentException naming the accepted values. */
	public static NumberingStyle parse(String text) {
		for (NumberingStyle style : values()) {
			if (style.name().equalsIgnoreCase(text)) {
				return style;
			}
		}
		throw new IllegalArgumentException("unknown numbering '" + text + "': use plain or vraag");
	}

	/** The label for question {@code number}: "1." or "Vraag 1". */
	public String label(int number) {
		return this == PLAIN ? number + "." : "Vraag " + number;
	}
}
