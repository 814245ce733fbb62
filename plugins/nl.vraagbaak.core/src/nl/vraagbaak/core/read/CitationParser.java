package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Citation;

/**
 * Recognises Kamerstuk, Handelingen and Aanhangsel citations in running text, tolerant of the variants real
 * documents use: house style and formal style, "34 843" and "34843", "2024/25" and "2022-2023", commas or none,
 * "nr." and "nrs. 1009 en 1010", "32317-883", a Roman budget toevoeging, and the OCR slips "Il" and "11" for "II".
 */
public final class CitationParser {

	private static final String CHAMBER = "(?:\\s+(?:II|Il|11|I))?";
	private static final String YEAR = "(?:\\s*,)?(?:\\s+vergaderjaar)?\\s+(\\d{4}\\s?[/-]{1,2}\\s?\\d{2,4})";
	private static final String DOSSIER = "\\d(?:\\s?\\d){4}(?:[ -](?:[IVXLC]{1,6}|[A-Z])(?![\\w]))?";
	private static final String NUMBERS = "\\d+(?:\\s*(?:,|en)\\s*\\d+(?!\\s*[-/]))*";
	private static final String PAGE = "(?:\\s*,\\s*p\\.\\s*(\\d+(?:\\s?-\\s?\\d+)?))?";

	private static final Pattern KAMERSTUK = Pattern.compile("Kamerstuk(?:ken)?(?:\\s*,)?" + CHAMBER + "(?:" + YEAR + ")?"
			+ "(?:\\s*,)?\\s+(" + DOSSIER + "(?:\\s+en\\s+" + DOSSIER + ")*)"
			+ "(?:\\s*,\\s*nrs?\\.?\\s*(" + NUMBERS + ")|-(\\d+))" + PAGE);
	private static final Pattern AANHANGSEL = Pattern.compile("Aanhangsel(?:\\s+van\\s+de)?\\s+Handelingen" + CHAMBER
			+ "(?:" + YEAR + ")?(?:\\s*,)?\\s*nr\\.?\\s*(\\d+)" + PAGE);
	private static final Pattern HANDELINGEN = Pattern.compile("Handelingen" + CHAMBER + YEAR
			+ "(?:\\s*,)?\\s*nr\\.?\\s*(\\d+)(?:\\s*,\\s*item\\s*(\\d+))?" + PAGE);
	private static final Pattern DOSSIER_SPLIT = Pattern.compile("\\s+en\\s+");
	private static final Pattern NUMBER_SPLIT = Pattern.compile("\\s*(?:,|en)\\s*");

	private CitationParser() {
	}

	/** All citations in the text, in the order they appear; never null. */
	public static List<Citation> parse(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Found> found = new ArrayList<>();
		Matcher m = AANHANGSEL.matcher(text);
		while (m.find()) {
			found.add(new Found(m.start(), m.end(), new Citation(Citation.Type.AANHANGSEL, year(m.group(1)), List.of(),
					List.of(m.group(2)), null, page(m.group(3)), m.group())));
		}
		m = HANDELINGEN.matcher(text);
		while (m.find()) {
			if (!overlaps(found, m.start(), m.end())) {
				found.add(new Found(m.start(), m.end(), new Citation(Citation.Type.HANDELINGEN, year(m.group(1)),
						List.of(), List.of(m.group(2)), m.group(3), page(m.group(4)), m.group())));
			}
		}
		m = KAMERSTUK.matcher(text);
		while (m.find()) {
			List<String> dossiers = Arrays.stream(DOSSIER_SPLIT.split(m.group(2))).map(CitationParser::dossier).toList();
			List<String> numbers = m.group(3) != null ? Arrays.asList(NUMBER_SPLIT.split(m.group(3).trim()))
					: List.of(m.group(4));
			found.add(new Found(m.start(), m.end(), new Citation(Citation.Type.KAMERSTUK, year(m.group(1)), dossiers,
					numbers, null, page(m.group(5)), m.group())));
		}
		found.sort(Comparator.comparingInt(Found::start));
		return found.stream().map(Found::citation).toList();
	}

	private static boolean overlaps(List<Found> found, int start, int end) {
		return found.stream().anyMatch(f -> f.start() < end && start < f.end());
	}

	/** "34 843" to "34843"; "36 410 XIII" to "36410-XIII". */
	private static String dossier(String text) {
		Matcher m = Pattern.compile("(\\d(?:\\s?\\d){4})(?:[ -](\\S+))?").matcher(text.trim());
		if (!m.matches()) {
			return text.trim();
		}
		return m.group(1).replace(" ", "") + (m.group(2) != null ? "-" + m.group(2) : "");
	}

	/** "2022-2023" and "2022/23" both to "2022/23"; null stays null. */
	private static String year(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.replace(" ", "").split("[/-]+");
		String second = parts[1].length() == 4 ? parts[1].substring(2) : parts[1];
		return parts[0] + "/" + second;
	}

	private static String page(String text) {
		return text == null ? null : text.replace(" ", "");
	}

	private record Found(int start, int end, Citation citation) {
	}
}
