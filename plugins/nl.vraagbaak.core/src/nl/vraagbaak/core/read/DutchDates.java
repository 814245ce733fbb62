package nl.vraagbaak.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as Dutch government documents write them: "1 oktober 2024", "21 november 2025", "2024-10-01". */
public final class DutchDates {
	private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
			"augustus", "september", "oktober", "november", "december");
	/** A day and a Dutch month name with an optional year ("8 oktober 2024", "1 oktober jl."). */
	public static final Pattern WRITTEN = Pattern.compile(
			"\\b(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\\s+(\\d{4}))?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
	/** 13-11-2025, 13/11/2025, 13.11.2025: the day first, one separator throughout. */
	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

	private DutchDates() {
	}

	/** The first full date (with year) in the text, or null. */
	public static LocalDate first(String text) {
		Matcher m = WRITTEN.matcher(text);
		while (m.find()) {
			if (m.group(3) != null) {
				LocalDate date = of(Integer.parseInt(m.group(3)), m.group(2), m.group(1));
				if (date != null) {
					return date;
				}
			}
		}
		Matcher iso = ISO.matcher(text);
		while (iso.find()) {
			LocalDate date = fromIso(iso);
			if (date != null) {
				return date;
			}
			// not a date after all (e.g. a document number); look further
		}
		return null;
	}

	/** A date from its parts, the month as a Dutch name ("8", "oktober"); null if there is no such day. */
	public static LocalDate of(int year, String month, String day) {
		try {
			return valid(year, MONTHS.indexOf(month.toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(day));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * A date as a person types it in a form or on the command line: "2025-11-13", "13-11-2025", "13/11/2025",
	 * "13.11.2025" (day first, as in the Netherlands) or "13 november 2025".
	 *
	 * @throws DateTimeParseException naming the text when it is none of these, or no such day exists
	 */
	public static LocalDate parseTyped(String text) {
		String typed = text.strip();
		Matcher iso = ISO.matcher(typed);
		Matcher dayFirst = DAY_FIRST.matcher(typed);
		Matcher written = WRITTEN.matcher(typed);
		LocalDate date = null;
		if (iso.matches()) {
			date = fromIso(iso);
		} else if (dayFirst.matches()) {
			date = valid(Integer.parseInt(dayFirst.group(4)), Integer.parseInt(dayFirst.group(3)),
					Integer.parseInt(dayFirst.group(1)));
		} else if (written.matches() && written.group(3) != null) {
			date = of(Integer.parseInt(written.group(3)), written.group(2), written.group(1));
		}
		if (date == null) {
			throw new DateTimeParseException("not a date: " + typed, typed, 0);
		}
		return date;
	}

	private static LocalDate fromIso(Matcher iso) {
		return valid(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
	}

	/** The day, or null when there is no such day (31-11, month 13). */
	private static LocalDate valid(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** "1 oktober 2024": the written form used in headings and citations. */
	public static String format(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
	}
}
