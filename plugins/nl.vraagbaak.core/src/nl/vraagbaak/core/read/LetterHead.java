package nl.vraagbaak.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Citation;

/**
 * The head of a Kamerbrief: dossier lines ("34843 Seksuele intimidatie en geweld"), "Nr. 113 Brief van de minister
 * van ...", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal" and "Den Haag, 1 oktober 2024". Everything
 * up to the place-and-date line is head, not text.
 */
record LetterHead(List<String> body, String title, LocalDate date, Citation citation, String minister) {
	private static final Pattern PLACE_DATE = Pattern.compile("^\\s*Den Haag,\\s*(.*)$");
	private static final Pattern ADDRESS = Pattern.compile("^\\s*Aan de Voorzitter");
	private static final Pattern DOSSIER = Pattern.compile("^\\s*(\\d{2}\\s?\\d{3})\\s+\\p{Lu}.*");
	private static final Pattern NR = Pattern.compile("^\\s*Nr\\.\\s*(\\d+)\\s*(.*)$");
	private static final Pattern FROM = Pattern.compile("(?i)brief van de ((?:minister|staatssecretaris).*)$");

	static LetterHead strip(List<String> lines) {
		int end = -1;
		for (int i = 0; i < Math.min(lines.size(), 40); i++) {
			if (PLACE_DATE.matcher(lines.get(i)).matches() || ADDRESS.matcher(lines.get(i)).find()) {
				end = i;
				if (PLACE_DATE.matcher(lines.get(i)).matches()) {
					break;
				}
			}
		}
		if (end < 0) {
			return new LetterHead(lines, null, null, null, null);
		}
		String dossier = null;
		String number = null;
		String minister = null;
		LocalDate date = null;
		List<String> subjects = new ArrayList<>();
		for (String line : lines.subList(0, end + 1)) {
			Matcher d = DOSSIER.matcher(line);
			Matcher nr = NR.matcher(line);
			Matcher from = FROM.matcher(line.trim());
			Matcher place = PLACE_DATE.matcher(line);
			if (dossier == null && d.matches()) {
				dossier = d.group(1);
			} else if (nr.matches()) {
				number = nr.group(1);
			} else if (place.matches()) {
				date = DutchDates.first(place.group(1));
			} else if (!from.find() && !Texts.isBlank(line) && !ADDRESS.matcher(line).find()) {
				subjects.add(line.trim());
			}
			Matcher fromAgain = FROM.matcher(line.trim());
			if (fromAgain.find()) {
				minister = fromAgain.group(1).toLowerCase(Locale.ROOT).startsWith("minister") ? sentenceCase(fromAgain.group(1))
						: fromAgain.group(1);
			}
		}
		Citation citation = dossier != null && number != null
				? CitationParser.parse("Kamerstuk " + dossier + ", nr. " + number).get(0)
				: null;
		String title = subjects.isEmpty() ? null : String.join(" / ", subjects);
		return new LetterHead(lines.subList(end + 1, lines.size()), title, date, citation, minister);
	}

	/** "MINISTER VAN JUSTITIE EN VEILIGHEID" to "minister van Justitie en Veiligheid". */
	private static String sentenceCase(String text) {
		if (!text.equals(text.toUpperCase(Locale.ROOT))) {
			return text.trim();
		}
		StringBuilder out = new StringBuilder();
		for (String word : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
			boolean small = List.of("minister", "staatssecretaris", "van", "en", "voor", "de", "het").contains(word);
			out.append(out.length() > 0 ? " " : "")
					.append(small ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return out.toString();
	}
}
