package nl.vraagbaak.core.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;

/**
 * Reads a committee's "Lijst van vragen en antwoorden" as extracted from its PDF: numbered questions 1, 2, 3, ...,
 * each followed by its answer, with hard line wraps, page breaks and footnote blocks in between. Questions are
 * found by their running number, so a line inside an answer that starts with another number is not taken for one.
 */
public final class QuestionListReader implements TextReader {
	private static final Pattern TITLE = Pattern.compile("Lijst van vragen en antwoorden", Pattern.CASE_INSENSITIVE);
	private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})(?:\\s+(\\S.*?))?\\s*$");
	private static final Pattern DOSSIER_LINE = Pattern.compile("^\\s*(\\d{2}\\s?\\d{3})\\s+(\\S.*?)\\s*$");
	private static final Pattern NR_LINE = Pattern.compile("^\\s*Nr\\.\\s*(\\d+)\\s+(.*?)\\s*$");
	private static final Pattern ANSWERED = Pattern.compile("beantwoord bij brief van ([^.]*\\d{4})");
	private static final Pattern ADDRESSEE = Pattern.compile("voorgelegd aan de\\s+((?:minister|staatssecretaris)[^.]*?)\\s+over");

	@Override
	public String id() {
		return "question-list";
	}

	@Override
	public boolean recognises(Path file, byte[] head) {
		if (!TextFiles.looksLikeText(head)) {
			return false;
		}
		String text = new String(head, StandardCharsets.UTF_8);
		return TITLE.matcher(text).find() && text.lines().anyMatch(l -> l.matches("^\\s*1\\s+\\S.*"));
	}

	@Override
	public CorpusDocument readText(Path file, String text) throws CorpusReadException {
		String source = file.getFileName().toString();
		List<String> lines = Texts.lines(text);
		Map<Integer, Integer> starts = questionStarts(lines);
		if (starts.isEmpty()) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("listNoQuestions"));
		}
		PdfFootnotes.Result cleaned = PdfFootnotes.extract(lines, starts::containsKey);
		int firstStart = starts.keySet().stream().min(Integer::compare).orElseThrow();
		String header = TextJoiner.join(lines.subList(0, firstStart));
		LocalDate date = dateAnswered(header);

		List<QuestionBlock> blocks = blocks(cleaned, starts);
		PassageAssembler assembler = new PassageAssembler(source, blocks.size(), date == null ? 0 : date.getYear());
		for (QuestionBlock block : blocks) {
			assembler.add(block.number(), null, block.question(), block.answer(), block.firstBodyIndex());
		}
		cleaned.footnotes().forEach(assembler::addFootnote);
		return new CorpusDocument(source, DocumentKind.QUESTION_LIST, title(lines, firstStart), date,
				ownCitation(lines, firstStart), null, addressee(header), List.of(), assembler.passages());
	}

	/** Line index to question number, following the running numbering 1, 2, 3, ... */
	private static Map<Integer, Integer> questionStarts(List<String> lines) {
		Map<Integer, Integer> starts = new HashMap<>();
		int expected = 1;
		for (int i = 0; i < lines.size(); i++) {
			Matcher m = NUMBERED.matcher(lines.get(i));
			if (m.matches() && Integer.parseInt(m.group(1)) == expected
					&& (m.group(2) == null ? hasQuestionAfter(lines, i) : Character.isUpperCase(m.group(2).charAt(0)))) {
				starts.put(i, expected++);
			}
		}
		return starts;
	}

	/** A number alone on its line starts a question when the next text line starts with a capital. */
	private static boolean hasQuestionAfter(List<String> lines, int i) {
		for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
			String next = lines.get(j).trim();
			if (!next.isEmpty()) {
				return Character.isUpperCase(next.charAt(0)) && !NUMBERED.matcher(next).matches();
			}
		}
		return false;
	}

	private static List<QuestionBlock> blocks(PdfFootnotes.Result cleaned, Map<Integer, Integer> starts) {
		List<QuestionBlock> blocks = new ArrayList<>();
		List<String> body = cleaned.body();
		int current = -1;
		int number = 0;
		for (int i = 0; i <= body.size(); i++) {
			Integer startNumber = i < body.size() ? starts.get(cleaned.lineNumbers().get(i) - 1) : null;
			if (i == body.size() || startNumber != null) {
				if (current >= 0) {
					blocks.add(QuestionBlock.split(number, body.subList(current, i), current));
				}
				current = i;
				number = startNumber == null ? 0 : startNumber;
			}
		}
		return blocks;
	}

	private static String title(List<String> lines, int firstStart) {
		for (String line : lines.subList(0, firstStart)) {
			Matcher m = NR_LINE.matcher(line);
			if (m.matches()) {
				return m.group(2);
			}
		}
		return "Lijst van vragen en antwoorden";
	}

	/** The list's own Kamerstuk citation from its dossier line ("34 843 ...") and its "Nr. 114" line. */
	private static Citation ownCitation(List<String> lines, int firstStart) {
		String dossier = null;
		for (String line : lines.subList(0, firstStart)) {
			Matcher d = DOSSIER_LINE.matcher(line);
			if (dossier == null && d.matches()) {
				dossier = d.group(1);
			}
			Matcher nr = NR_LINE.matcher(line);
			if (dossier != null && nr.matches()) {
				List<Citation> parsed = CitationParser.parse("Kamerstuk " + dossier + ", nr. " + nr.group(1));
				return parsed.isEmpty() ? null : parsed.get(0);
			}
		}
		return null;
	}

	private static LocalDate dateAnswered(String header) {
		Matcher m = ANSWERED.matcher(header);
		return m.find() ? DutchDates.first(m.group(1)) : null;
	}

	private static String addressee(String header) {
		Matcher m = ADDRESSEE.matcher(header);
		return m.find() ? m.group(1) : null;
	}
}
