package nl.vraagbaak.core.read;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
public final class Texts {
	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u2007\\u202f]+");

	private Texts() {
	}

	/** Splits text into lines, accepting \n, \r\n and \r, and turning no-break spaces into spaces. */
	public static List<String> lines(String text) {
		String normalized = text.startsWith("\ufeff") ? text.substring(1) : text;
		return Arrays.asList(normalized.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
	}

	/** Runs of spaces, tabs and no-break spaces become one space. */
	public static String collapseSpaces(String text) {
		return SPACES.matcher(text).replaceAll(" ");
	}

	/** Collapses all white space, line breaks included, to single spaces and trims. */
	public static String normalizeWhitespace(String text) {
		return text == null ? null : text.replaceAll("\\s+", " ").trim();
	}

	/** The text cut to at most {@code max} characters, ending in "…" when cut; null gives "". */
	public static String abbreviate(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}

	/** "A", "A en B", "A, B en C": a Dutch enumeration, in headings and citations. */
	public static String joinDutch(List<String> parts) {
		if (parts.size() <= 1) {
			return parts.isEmpty() ? "" : parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
	}

	public static boolean isBlank(String line) {
		return line.replace('\u00a0', ' ').isBlank();
	}
}
