package nl.vraagbaak.core.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.CorpusDocument;

/**
 * A ministry's answers to written questions as the ministry sends them (a Word document, or the PDF made of it): a
 * cover letter ("In antwoord op uw brief van 5 juli 2024, nr. 2024Z11859, ..."), a title ("Antwoorden van de
 * minister van ... op Kamervragen van de leden ... over ...") and the questions with their answers ("Vraag N" /
 * "Antwoord op vraag N", merged answers "Antwoord op vragen 2 en 3"). The questions are read by the same parser as
 * published written answers; the cover letter and the title give the case number, date, minister, askers and
 * subject. Works on the document's paragraphs or on a PDF's lines alike.
 */
public final class MinistryAnswers {
	private static final Pattern CASE = Pattern.compile("nr\\.\\s*(\\d{4}Z\\d{5})");
	private static final Pattern TITLE = Pattern.compile("^Antwoord(?:en)? van (?:de |het )?(.+?) op (?:de )?(?:Kamer)?vragen\\s+"
			+ "(?:van )?(?:het lid|de leden|lid|leden)\\s+(.+?)\\s+(?:\\(?aan .+?\\)?\\s+)?over\\s+(.+?)\\.?\\s*(?:\\(.*\\))?$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern DATUM = Pattern.compile("(?m)^Datum[ \\t]*(?:\\n\\s*)?(\\S.*)$");
	private static final Pattern ASKER_SPLIT = Pattern.compile(",\\s*|\\s+en\\s+");

	private MinistryAnswers() {
	}

	/** Whether the lines hold a title "Antwoord(en) van ..." followed by "Vraag 1". */
	public static boolean recognises(List<String> lines) {
		return titleLine(lines) >= 0;
	}

	/**
	 * @param footnotes the document's own footnotes, numbered in order (Word keeps them apart), or null when they
	 *            stand in the text as "1) ..." at its end (a PDF)
	 * @param headers the page headers' text, where the date may stand instead of the cover letter
	 * @throws CorpusReadException naming the file when there is no title followed by questions
	 */
	public static CorpusDocument read(Path file, List<String> lines, List<String> footnotes, String headers)
			throws CorpusReadException {
		int title = titleLine(lines);
		if (title < 0) {
			throw new CorpusReadException(file.toString(), 0,
					ReadMessages.message("ministryNoQuestions"));
		}
		String heading = joinTitle(lines, title);
		List<String> body = new ArrayList<>();
		body.add(heading);
		body.addAll(lines.subList(firstQuestion(lines, title), lines.size()));
		CorpusDocument parsed;
		if (footnotes == null) {
			parsed = WrittenAnswersReader.parse(file, body);
		} else {
			List<String> numbered = new ArrayList<>();
			for (int i = 0; i < footnotes.size(); i++) {
				numbered.add((i + 1) + ") " + footnotes.get(i));
			}
			// footnotes kept apart: a paragraph "1) ..." in an answer is an enumeration, never a footnote
			parsed = WrittenAnswersReader.parse(file, body, numbered);
		}
		String cover = String.join("\n", lines.subList(0, title));
		return withProvenance(parsed, heading, cover, headers);
	}

	/** The paragraph that starts the answers' title ("Antwoorden van de minister ... op Kamervragen ..."). */
	private static int titleLine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).matches("(?i)^Antwoord(en)? van .*") && firstQuestion(lines, i) < lines.size()) {
				return i;
			}
		}
		return -1;
	}

	private static int firstQuestion(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).matches("^\\s*Vraag\\s+1\\b.*")) {
				return i;
			}
		}
		return lines.size();
	}

	/** The title may run over several paragraphs up to the first question. */
	private static String joinTitle(List<String> lines, int title) {
		return String.join(" ", lines.subList(title, firstQuestion(lines, title))).replaceAll("\\s+", " ").trim();
	}

	private static CorpusDocument withProvenance(CorpusDocument parsed, String heading, String cover, String headers) {
		Matcher t = TITLE.matcher(heading);
		String minister = t.matches() ? t.group(1) : parsed.minister();
		List<String> askers = t.matches() ? askers(t.group(2)) : List.of();
		String subject = t.matches() ? t.group(3) : heading;
		Matcher c = CASE.matcher(cover);
		LocalDate date = coverDate(cover);
		if (date == null) {
			date = coverDate(headers);
		}
		return new CorpusDocument(parsed.source(), parsed.kind(), subject, date, null, c.find() ? c.group(1) : null,
				minister, askers, parsed.passages());
	}

	/** "Mutluer, Lahlah (GroenLinks-PvdA), Boswijk (CDA) en Helder (BBB)" to one entry per member. */
	private static List<String> askers(String text) {
		List<String> askers = new ArrayList<>();
		for (String part : ASKER_SPLIT.split(text)) {
			if (!part.isBlank()) {
				askers.add(part.trim());
			}
		}
		return askers;
	}

	/**
	 * The letter's own date: after "Datum", on its line or the next, else none (a date in "uw brief van ..." is the
	 * question's).
	 */
	private static LocalDate coverDate(String cover) {
		Matcher m = DATUM.matcher(cover);
		return m.find() ? DutchDates.first(m.group(1)) : null;
	}
}
