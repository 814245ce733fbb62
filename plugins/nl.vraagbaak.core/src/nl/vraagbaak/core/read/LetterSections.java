package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a letter's body into sections. A heading is a short line without closing punctuation that stands alone
 * between blank lines ("4. Kabinetsstandpunt"), or that directly precedes an unwrapped paragraph ("Advies AIVD").
 * A letter without headings gets one section per paragraph, so that a search finds the paragraph that matters.
 */
final class LetterSections {
	private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}\\.\\s+");
	private static final int MAX_HEADING = 90;
	private static final int UNWRAPPED_PARAGRAPH = 120;

	record Section(String heading, String text, int firstLine) {
	}

	private LetterSections() {
	}

	static List<Section> split(List<String> lines) {
		List<Paragraph> paragraphs = paragraphs(lines);
		boolean hasHeadings = paragraphs.stream().anyMatch(p -> p.heading() != null);
		List<Section> sections = new ArrayList<>();
		String heading = null;
		List<String> texts = new ArrayList<>();
		int first = -1;
		for (Paragraph p : paragraphs) {
			if (p.heading() != null || !hasHeadings) {
				flush(sections, heading, texts, first);
				heading = p.heading();
				texts = new ArrayList<>();
				first = p.firstLine();
			}
			if (!p.text().isEmpty()) {
				texts.add(p.text());
			}
			if (first < 0) {
				first = p.firstLine();
			}
		}
		flush(sections, heading, texts, first);
		return sections;
	}

	private static void flush(List<Section> sections, String heading, List<String> texts, int first) {
		if (!texts.isEmpty() || heading != null) {
			sections.add(new Section(heading, String.join("\n\n", texts), first));
		}
	}

	private record Paragraph(String heading, String text, int firstLine) {
	}

	private static List<Paragraph> paragraphs(List<String> lines) {
		List<Paragraph> out = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			if (Texts.isBlank(lines.get(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < lines.size() && !Texts.isBlank(lines.get(i))) {
				i++;
			}
			List<String> block = lines.subList(start, i);
			String first = block.get(0).trim();
			boolean alone = block.size() == 1;
			boolean beforeUnwrapped = block.size() > 1 && block.get(1).trim().length() > UNWRAPPED_PARAGRAPH;
			if (looksLikeHeading(first) && (alone || beforeUnwrapped)) {
				out.add(new Paragraph(NUMBERING.matcher(first).replaceFirst(""),
						TextJoiner.join(block.subList(1, block.size())), start));
			} else {
				out.add(new Paragraph(null, TextJoiner.join(block), start));
			}
		}
		return out;
	}

	private static boolean looksLikeHeading(String line) {
		if (line.length() > MAX_HEADING || line.isEmpty()) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		char firstChar = NUMBERING.matcher(line).replaceFirst("").charAt(0);
		return ".,;:?!-”’\"»".indexOf(last) < 0 && (Character.isUpperCase(firstChar) || Character.isDigit(firstChar))
				&& line.split("\\s+").length <= 12;
	}
}
