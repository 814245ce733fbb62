package nl.vraagbaak.core.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;

/**
 * Reads answers to written questions in the published form: a heading "Antwoord van minister X (...) (ontvangen
 * date)", then "Vraag N" / "Antwoord op vraag N" pairs ("Antwoord op vragen 2 en 3" answers both), and the
 * questions' footnotes "1) ..." at the end.
 */
public final class WrittenAnswersReader implements TextReader {
	private static final Pattern QUESTION = Pattern.compile("^\\s*Vraag\\s+(\\d{1,3})\\s*[:.]?\\s*(.*)$");
	/** "Antwoord op vraag 1", "Antwoord op vragen 2 en 3", "Antwoorden op vraag 1, 2, en 5", "... 4 t/m 6". */
	private static final Pattern ANSWER = Pattern.compile("^\\s*Antwoord(?:en)?\\s+op\\s+vra(?:ag|gen)\\s+"
			+ "(\\d{1,3}(?:(?:\\s*,\\s*(?:en\\s+)?|\\s+en\\s+|\\s*t/m\\s*)\\d{1,3})*)\\s*[:.]?\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern HEADING = Pattern.compile("^\\s*Antwoord(?:en)? van (?:de )?(.+?)(?:\\s*\\(ontvangen ([^)]*)\\))?\\s*$");
	private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(\\d{1,2})\\)\\s+(.*)$");
	/** The mark of the first footnote: "[1]" anywhere, or "1)" after the text at the end of a line ("...? 1)"). */
	private static final Pattern FIRST_MARK = Pattern.compile("\\[1\\]|\\S\\s?(?<!\\d)1\\)\\s*$");
	private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

	@Override
	public String id() {
		return "written-answers";
	}

	@Override
	public boolean recognises(Path file, byte[] head) {
		if (!TextFiles.looksLikeText(head)) {
			return false;
		}
		String text = new String(head, StandardCharsets.UTF_8);
		return Pattern.compile("(?m)^\\s*Vraag\\s+1\\b").matcher(text).find()
				&& Pattern.compile("(?m)^\\s*Antwoord\\s+op\\s+vra", Pattern.CASE_INSENSITIVE).matcher(text).find();
	}

	@Override
	public CorpusDocument readText(Path file, String text) throws CorpusReadException {
		return parse(file, Texts.lines(BOOKMARK.matcher(text).replaceAll("")));
	}

	/**
	 * Reads answers from the lines of a published text, its footnotes "1) ..." at the end.
	 *
	 * @throws CorpusReadException naming the file when there are no questions or a question appears twice
	 */
	public static CorpusDocument parse(Path file, List<String> lines) throws CorpusReadException {
		int footnotes = footnoteStart(lines);
		return parse(file, lines.subList(0, footnotes), lines.subList(footnotes, lines.size()));
	}

	/**
	 * Reads answers from lines whose footnotes are already apart, as "n) text" lines: a Word answer document's
	 * paragraphs and its own footnotes. Nothing in the body is taken for a footnote, so an answer that enumerates
	 * "1) ..., 2) ..." keeps its text.
	 *
	 * @throws CorpusReadException naming the file when there are no questions or a question appears twice
	 */
	public static CorpusDocument parse(Path file, List<String> lines, List<String> footnoteLines)
			throws CorpusReadException {
		return parse(file, lines, footnoteLines, false);
	}

	/**
	 * Reads the questions of a published question set, "Vraag N" with its footnotes "1) ..." at the end, each as a
	 * passage without an answer (the whole text of a question is the question, also a closing request that ends with
	 * a full stop).
	 *
	 * @throws CorpusReadException naming the file when there are no questions or a question appears twice
	 */
	static CorpusDocument parseQuestions(Path file, List<String> lines) throws CorpusReadException {
		int footnotes = footnoteStart(lines);
		return parse(file, lines.subList(0, footnotes), lines.subList(footnotes, lines.size()), true);
	}

	private static CorpusDocument parse(Path file, List<String> lines, List<String> footnoteLines,
			boolean questionsOnly) throws CorpusReadException {
		String source = file.getFileName().toString();
		String heading = null;
		Map<Integer, List<String>> questions = new LinkedHashMap<>();
		Map<List<Integer>, List<String>> answers = new LinkedHashMap<>();
		Map<Integer, Integer> questionLine = new LinkedHashMap<>();
		List<String> current = null;
		boolean headingOpen = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			headingOpen &= !line.isBlank();
			Matcher q = QUESTION.matcher(line);
			Matcher a = ANSWER.matcher(line);
			Matcher h = HEADING.matcher(line);
			if (a.matches()) {
				current = new ArrayList<>(List.of(a.group(2)));
				answers.put(numbers(a.group(1)), current);
			} else if (q.matches()) {
				int number = Integer.parseInt(q.group(1));
				if (questions.containsKey(number)) {
					throw new CorpusReadException(file.toString(), i + 1, ReadMessages.message("questionTwice", number));
				}
				current = new ArrayList<>(List.of(q.group(2)));
				questions.put(number, current);
				questionLine.put(number, i);
			} else if (heading == null && questions.isEmpty() && h.matches()) {
				heading = line.trim();
				headingOpen = true;
			} else if (headingOpen && questions.isEmpty() && !line.isBlank()) {
				// a heading wrapped over lines (a PDF's text): "... (ontvangen 21 / november 2025)"
				heading = heading + " " + line.trim();
			} else if (current != null) {
				current.add(line);
			}
		}
		if (questions.isEmpty()) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("answersNoQuestions"));
		}
		return assemble(source, heading, questions, questionsOnly ? null : answers, questionLine, footnoteLines);
	}

	/** @param answers the answers by the questions they answer; null for a question set, which has none */
	private static CorpusDocument assemble(String source, String heading, Map<Integer, List<String>> questions,
			Map<List<Integer>, List<String>> answers, Map<Integer, Integer> questionLine, List<String> footnoteLines) {
		LocalDate date = null;
		String minister = null;
		if (heading != null) {
			Matcher h = HEADING.matcher(heading);
			if (h.matches()) {
				minister = h.group(1).replaceAll(",\\s*$", "");
				date = h.group(2) == null ? null : DutchDates.first(h.group(2));
			}
		}
		int max = questions.keySet().stream().max(Integer::compare).orElse(0);
		PassageAssembler assembler = new PassageAssembler(source, max, date == null ? 0 : date.getYear());
		// merged answers make some documents list questions out of order (3, 4, 5, 9, 10, 6, ...): show them by number
		for (Map.Entry<Integer, List<String>> q : questions.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			List<String> questionLines = q.getValue();
			String answer = answers == null ? "" : answers.entrySet().stream().filter(a -> a.getKey().contains(q.getKey()))
					.map(a -> paragraphs(a.getValue())).findFirst().orElse(null);
			if (answer == null) {
				// a document that forgot the "Antwoord op vraag N" heading: the answer follows the question's "?"
				int end = questionEnd(questionLines);
				answer = paragraphs(questionLines.subList(end + 1, questionLines.size()));
				questionLines = questionLines.subList(0, end + 1);
			}
			int line = questionLine.get(q.getKey());
			assembler.add(q.getKey(), null, paragraphs(questionLines), answer, line);
		}
		readFootnotes(footnoteLines, assembler);
		return new CorpusDocument(source, DocumentKind.WRITTEN_ANSWERS, heading == null ? source : heading, date, null,
				null, minister, List.of(), assembler.passages());
	}

	/**
	 * Where the questions' footnotes start: at the last line "1) ..." after the last question or answer heading,
	 * provided a line before it carries the mark "1)" or "[1]" at its end ("...? 1)"). An answer that enumerates
	 * "1) ..., 2) ..." on lines of their own is not a footnote: taking its "1)" for the start of the footnotes made
	 * every later question and answer into footnote text, and those questions were lost.
	 */
	private static int footnoteStart(List<String> lines) {
		int lastHeading = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (QUESTION.matcher(lines.get(i)).matches() || ANSWER.matcher(lines.get(i)).matches()) {
				lastHeading = i;
			}
		}
		if (lastHeading < 0) {
			return lines.size(); // no questions: parse says so
		}
		for (int i = lines.size() - 1; i > lastHeading; i--) {
			Matcher f = FOOTNOTE.matcher(lines.get(i));
			if (f.matches() && Integer.parseInt(f.group(1)) == 1 && markedBefore(lines, i)) {
				return i;
			}
		}
		return lines.size();
	}

	private static boolean markedBefore(List<String> lines, int end) {
		for (int i = 0; i < end; i++) {
			if (FIRST_MARK.matcher(lines.get(i)).find()) {
				return true;
			}
		}
		return false;
	}

	/** Footnotes "1) text", continued on following lines; each goes to the question that carries its mark. */
	private static void readFootnotes(List<String> lines, PassageAssembler assembler) {
		String label = null;
		List<String> text = new ArrayList<>();
		for (String line : lines) {
			Matcher f = FOOTNOTE.matcher(line);
			if (f.matches()) {
				if (label != null) {
					assembler.addFootnote(label, TextJoiner.join(text), Integer.MAX_VALUE);
				}
				label = f.group(1);
				text = new ArrayList<>(List.of(f.group(2)));
			} else if (label != null) {
				text.add(line);
			}
		}
		if (label != null) {
			assembler.addFootnote(label, TextJoiner.join(text), Integer.MAX_VALUE);
		}
	}

	/** The last line of a question block that still belongs to the question: the last one ending in "?". */
	private static int questionEnd(List<String> lines) {
		int end = lines.size() - 1;
		for (int i = lines.size() - 1; i >= 0; i--) {
			String t = lines.get(i).trim();
			if (t.endsWith("?") || t.matches(".*\\?\\s*(\\[\\d+\\]|\\d{1,2}\\))$")) {
				return i;
			}
		}
		return end;
	}

	/** Lines to text: lines within a paragraph joined, blank lines separating paragraphs. */
	private static String paragraphs(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : lines) {
			if (Texts.isBlank(line)) {
				if (!current.isEmpty()) {
					paragraphs.add(TextJoiner.join(current));
					current.clear();
				}
			} else {
				current.add(line);
			}
		}
		if (!current.isEmpty()) {
			paragraphs.add(TextJoiner.join(current));
		}
		return String.join("\n\n", paragraphs);
	}

	private static List<Integer> numbers(String text) {
		List<Integer> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			numbers.add(Integer.parseInt(m.group()));
		}
		if (text.contains("t/m") && numbers.size() == 2) {
			int from = numbers.get(0);
			int to = numbers.get(1);
			numbers.clear();
			for (int n = from; n <= to; n++) {
				numbers.add(n);
			}
		}
		return numbers;
	}
}
