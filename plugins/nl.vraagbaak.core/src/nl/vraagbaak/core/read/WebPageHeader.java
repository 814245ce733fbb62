package nl.vraagbaak.core.read;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Citation;

/**
 * The navigation and metadata of a saved parliamentary web page around a document ("[overzicht] [activiteiten]
 * ...", "Nummer: 2024D35954, datum: 2024-10-01, ...", "Onderdeel van kamerstukdossier 34843 -113 ..."). Their
 * facts become provenance; none of their lines reach the passage text.
 */
record WebPageHeader(List<String> body, String title, String documentNumber, LocalDate date, Citation citation) {
	private static final Pattern NUMBER = Pattern.compile("^\\s*Nummer:\\s*(\\d{4}D\\d{5})(?:,\\s*datum:\\s*(\\d{4}-\\d{2}-\\d{2}))?");
	private static final Pattern DOSSIER = Pattern.compile("kamerstukdossier\\s+(\\d{5})\\s*-\\s*(\\d+)");
	private static final Pattern PREVIEW = Pattern.compile("^\\s*Preview document");
	private static final Pattern NAVIGATION = Pattern.compile("^\\s*\\[[^\\]]+\\](\\s*\\[[^\\]]+\\])+\\s*$");

	static WebPageHeader strip(List<String> lines) {
		int numberLine = indexOf(lines, NUMBER, 0, 40);
		if (numberLine < 0) {
			return new WebPageHeader(lines, null, null, null, null);
		}
		Matcher number = NUMBER.matcher(lines.get(numberLine));
		number.find();
		LocalDate date = number.group(2) == null ? null : DutchDates.first(number.group(2));
		int preview = indexOf(lines, PREVIEW, numberLine, numberLine + 40);
		int bodyStart = preview >= 0 ? preview + 1 : lastMetadataLine(lines, numberLine) + 1;
		Citation citation = null;
		for (String line : lines.subList(numberLine, bodyStart)) {
			Matcher d = DOSSIER.matcher(line);
			if (d.find()) {
				citation = CitationParser.parse("Kamerstuk " + d.group(1) + ", nr. " + d.group(2)).get(0);
			}
		}
		return new WebPageHeader(lines.subList(bodyStart, lines.size()), title(lines, numberLine), number.group(1), date,
				citation);
	}

	/** The first line after the navigation bar: the document's title. */
	private static String title(List<String> lines, int numberLine) {
		for (String line : lines.subList(0, numberLine)) {
			if (!Texts.isBlank(line) && !NAVIGATION.matcher(line).matches() && !line.trim().startsWith("[")) {
				return line.trim();
			}
		}
		return null;
	}

	private static int lastMetadataLine(List<String> lines, int from) {
		int last = from;
		for (int i = from; i < Math.min(lines.size(), from + 20); i++) {
			if (lines.get(i).trim().startsWith("Onderdeel van") || lines.get(i).contains(":")) {
				last = i;
			}
		}
		return last;
	}

	private static int indexOf(List<String> lines, Pattern pattern, int from, int to) {
		for (int i = from; i < Math.min(lines.size(), to); i++) {
			if (pattern.matcher(lines.get(i)).find()) {
				return i;
			}
		}
		return -1;
	}
}
