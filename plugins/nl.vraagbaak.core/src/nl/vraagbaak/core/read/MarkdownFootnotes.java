package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Footnotes of a web or Markdown conversion: "1. Kamerstukken II 2021/22, 22 112, nr. 3455.↩︎" at the end. */
final class MarkdownFootnotes {
	private static final Pattern NOTE = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+(.*?)\\s*↩\\uFE0E?\\s*$");

	private MarkdownFootnotes() {
	}

	/** Returns the lines without footnotes; the footnotes found are added to {@code found}. */
	static List<String> strip(List<String> lines, List<PdfFootnotes.Found> found) {
		List<String> body = new ArrayList<>();
		for (String line : lines) {
			Matcher m = NOTE.matcher(line);
			if (m.matches()) {
				found.add(new PdfFootnotes.Found(m.group(1), m.group(2), Integer.MAX_VALUE));
			} else {
				body.add(line);
			}
		}
		return body;
	}
}
