package nl.vraagbaak.core.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Footnote;

/**
 * Word footnotes as text conversions leave them: a mark "[footnoteRef:1]" in the sentence and the note "[1: text]"
 * inline after it. The note is taken out of the running text; the mark becomes "[1]".
 */
final class InlineFootnotes {
	private static final Pattern NOTE = Pattern.compile("\\s*\\[(\\d{1,2}):\\s+([^\\]]+?)\\s*\\]");
	private static final Pattern MARK = Pattern.compile("\\[footnoteRef:(\\d{1,2})\\]");

	private InlineFootnotes() {
	}

	/** The text without inline notes; the notes found are added to {@code found}. Null stays null. */
	static String take(String text, List<Footnote> found) {
		if (text == null) {
			return null;
		}
		Matcher m = NOTE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			found.add(new Footnote(m.group(1), m.group(2), CitationParser.parse(m.group(2))));
			m.appendReplacement(out, "");
		}
		m.appendTail(out);
		return MARK.matcher(out).replaceAll("[$1]").strip();
	}
}
