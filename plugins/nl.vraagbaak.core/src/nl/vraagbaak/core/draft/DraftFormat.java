package nl.vraagbaak.core.draft;

import static nl.vraagbaak.core.draft.DraftMessages.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.LocalizedText;
import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.read.Texts;

/**
 * The draft text format ({@code .kv}, UTF-8), written the way staff write in Word:
 *
 * <pre>
 * Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.
 *
 * 1. Bent u bekend met het bericht ...? [1]
 *
 * 2. Heeft u advies ingewonnen van de AIVD? Zo ja, ...? Zo nee, waarom niet?
 *
 * [1] NRC, "Chatcontrole van tafel", 12 november 2025.
 *
 * % negeer: 004_7b21e46fa3f5df7d.txt#8
 * </pre>
 *
 * Questions are numbered "1." or "Vraag 1"; a question may run over several lines until a blank line. Footnotes
 * "[n] ..." follow the questions. Lines starting with "%" are directives ("% negeer: source#number" keeps an
 * already-asked match ignored; "% woorden: Kathmann, weglakking" are words the spelling check accepts in this
 * draft). Printing renumbers questions and footnotes, so numbering is never typed twice.
 */
public final class DraftFormat {
	/**
	 * "1. Tekst" or "Vraag 1: Tekst"; the text may also follow the number without a space ("1.Heeft u ...", a
	 * common slip), but a digit may not ("1.5 miljoen" is no question 1). Printing writes the space.
	 */
	private static final Pattern QUESTION = Pattern.compile(
			"^\\s*(?:(\\d{1,3})\\.|Vraag\\s+(\\d{1,3})\\s*[:.]?)(?:(?:\\s+|(?=\\p{L}))(.*))?$");
	private static final Pattern FOOTNOTE = Pattern.compile("^\\s*\\[(\\d{1,3})\\]\\s*(.*)$");
	private static final Pattern REFERENCE = Pattern.compile("\\[(\\d{1,3})\\]");
	/** The words of "% woorden: Kathmann, weglakking": separated by commas or spaces. */
	private static final Pattern WORD_LIST = Pattern.compile("[,\\s]+");
	private static final Pattern DIRECTIVE = Pattern.compile("^\\s*%\\s*(\\p{L}+)\\s*:\\s*(.*?)\\s*$");

	private DraftFormat() {
	}

	/**
	 * Whether a line is the writer's own prose (the heading, a question) rather than a footnote, which cites a source
	 * as published, or a directive for Vraagbaak.
	 */
	public static boolean isProse(String line) {
		return !FOOTNOTE.matcher(line).matches() && !line.stripLeading().startsWith("%");
	}

	/** Parses a draft; never throws: whatever is wrong is reported as a problem with its line. */
	public static ParsedDraft parse(String text) {
		return new Parser(Texts.lines(text)).parse();
	}

	/** The canonical text of a draft: questions numbered 1, 2, ...; footnotes numbered in order of reference. */
	public static String print(Draft draft) {
		Map<Integer, Integer> renumber = footnoteOrder(draft);
		StringBuilder out = new StringBuilder(HeadingFormat.format(draft.heading())).append("\n");
		int number = 1;
		for (DraftQuestion question : draft.questions()) {
			String label = draft.numbering().label(number++);
			String body = renumberReferences(question.text(), renumber);
			out.append('\n').append(label).append(draft.numbering() == NumberingStyle.PLAIN ? " " : "\n").append(body)
					.append('\n');
		}
		if (!renumber.isEmpty()) {
			out.append('\n');
			renumber.forEach((old, now) -> out.append('[').append(now).append("] ")
					.append(draft.footnote(old).text()).append('\n'));
		}
		if (!draft.ignored().isEmpty()) {
			out.append('\n');
			draft.ignored().forEach(ref -> out.append("% negeer: ").append(ref).append('\n'));
		}
		if (!draft.words().isEmpty()) {
			out.append(draft.ignored().isEmpty() ? "\n" : "").append("% woorden: ").append(String.join(", ", draft.words()))
					.append('\n');
		}
		return out.toString();
	}

	/** Old footnote number to new, in order of first reference; unreferenced footnotes last. */
	private static Map<Integer, Integer> footnoteOrder(Draft draft) {
		Map<Integer, Integer> order = new LinkedHashMap<>();
		for (DraftQuestion question : draft.questions()) {
			Matcher m = REFERENCE.matcher(question.text());
			while (m.find()) {
				int old = Integer.parseInt(m.group(1));
				if (draft.footnote(old) != null) {
					order.putIfAbsent(old, order.size() + 1);
				}
			}
		}
		draft.footnotes().forEach(f -> order.putIfAbsent(f.number(), order.size() + 1));
		return order;
	}

	private static String renumberReferences(String text, Map<Integer, Integer> renumber) {
		Matcher m = REFERENCE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Integer now = renumber.get(Integer.parseInt(m.group(1)));
			m.appendReplacement(out, Matcher.quoteReplacement(now == null ? m.group() : "[" + now + "]"));
		}
		return m.appendTail(out).toString();
	}

	/** One pass over the lines; collects what it finds and every problem. */
	private static final class Parser {
		private final List<String> lines;
		private final List<DraftProblem> problems = new ArrayList<>();
		private final List<DraftQuestion> questions = new ArrayList<>();
		private final List<ParsedDraft.QuestionSpan> spans = new ArrayList<>();
		private final List<DraftFootnote> footnotes = new ArrayList<>();
		private final List<PassageRef> ignored = new ArrayList<>();
		private final List<String> words = new ArrayList<>();
		private final Map<Integer, Integer> footnoteLines = new LinkedHashMap<>();
		private DraftHeading heading;
		private NumberingStyle style;
		private StringBuilder current;
		private int currentStart;
		private int lastLine;
		private boolean inFootnote;

		Parser(List<String> lines) {
			this.lines = lines;
		}

		ParsedDraft parse() {
			int i = readHeading();
			for (; i < lines.size(); i++) {
				readLine(i + 1, lines.get(i));
			}
			closeQuestion();
			checkReferences();
			if (questions.isEmpty() && heading != null) {
				error(lines.size(), message("noQuestions"));
			}
			DraftHeading h = heading != null ? heading : new DraftHeading(List.of(), List.of(), "", null);
			Draft draft = new Draft(h, questions, footnotes, style == null ? NumberingStyle.PLAIN : style, ignored, words);
			return new ParsedDraft(draft, problems, spans, lines);
		}

		/** Reads the heading sentence (possibly wrapped over several lines); returns the index after it. */
		private int readHeading() {
			int i = 0;
			while (i < lines.size() && (Texts.isBlank(lines.get(i)) || DIRECTIVE.matcher(lines.get(i)).matches())) {
				if (!Texts.isBlank(lines.get(i))) {
					directive(i + 1, lines.get(i));
				}
				i++;
			}
			if (i >= lines.size()) {
				error(1, message("emptyDraft"));
				return i;
			}
			if (!HeadingFormat.isHeading(lines.get(i))) {
				error(i + 1, message("missingHeading"));
				if (QUESTION.matcher(lines.get(i)).matches()) {
					return i;
				}
				while (i < lines.size() && !Texts.isBlank(lines.get(i))) {
					i++; // the first paragraph was meant as the heading: reported once, not again as stray text
				}
				return i;
			}
			int first = i;
			StringBuilder sentence = new StringBuilder();
			while (i < lines.size() && !Texts.isBlank(lines.get(i)) && !QUESTION.matcher(lines.get(i)).matches()) {
				sentence.append(sentence.length() > 0 ? " " : "").append(lines.get(i).trim());
				i++;
			}
			try {
				heading = HeadingFormat.parse(sentence.toString());
			} catch (InvalidHeadingException e) {
				error(first + 1, e.text());
			}
			return i;
		}

		private void readLine(int number, String line) {
			Matcher q = QUESTION.matcher(line);
			Matcher f = FOOTNOTE.matcher(line);
			if (Texts.isBlank(line)) {
				closeQuestion();
				inFootnote = false;
			} else if (DIRECTIVE.matcher(line).matches()) {
				directive(number, line);
			} else if (f.matches()) {
				closeQuestion();
				footnote(number, Integer.parseInt(f.group(1)), f.group(2));
			} else if (q.matches()) {
				closeQuestion();
				startQuestion(number, q);
			} else if (current != null) {
				current.append(current.length() > 0 ? " " : "").append(line.trim());
				lastLine = number;
			} else if (inFootnote) {
				DraftFootnote last = footnotes.remove(footnotes.size() - 1);
				footnotes.add(new DraftFootnote(last.number(), last.text() + " " + line.trim()));
			} else {
				error(number, message("textOutside", nextLabel()));
			}
		}

		private void startQuestion(int line, Matcher q) {
			if (!footnotes.isEmpty()) {
				error(line, message("questionsFirst"));
			}
			NumberingStyle found = q.group(1) != null ? NumberingStyle.PLAIN : NumberingStyle.VRAAG;
			if (style == null) {
				style = found;
			}
			int written = Integer.parseInt(q.group(1) != null ? q.group(1) : q.group(2));
			int expected = questions.size() + 1;
			if (written != expected) {
				warning(line, message("numberedAs", written, expected));
			}
			current = new StringBuilder(q.group(3) == null ? "" : q.group(3).trim());
			currentStart = line;
			lastLine = line;
		}

		private void closeQuestion() {
			if (current == null) {
				return;
			}
			if (current.toString().isBlank()) {
				error(currentStart, message("emptyQuestion", questions.size() + 1));
			}
			questions.add(new DraftQuestion(current.toString()));
			spans.add(new ParsedDraft.QuestionSpan(questions.size(), currentStart, lastLine));
			current = null;
		}

		private void footnote(int line, int number, String text) {
			if (footnoteLines.containsKey(number)) {
				error(line, message("footnoteTwice", number, footnoteLines.get(number)));
				return;
			}
			footnoteLines.put(number, line);
			footnotes.add(new DraftFootnote(number, text.trim()));
			inFootnote = true;
		}

		private void directive(int line, String text) {
			Matcher d = DIRECTIVE.matcher(text);
			if (d.matches() && (d.group(1).equalsIgnoreCase("negeer") || d.group(1).equalsIgnoreCase("ignore"))) {
				try {
					ignored.add(PassageRef.parse(d.group(2)));
				} catch (IllegalArgumentException e) {
					error(line, message("badReference", d.group(2)));
				}
			} else if (d.matches() && (d.group(1).equalsIgnoreCase("woorden") || d.group(1).equalsIgnoreCase("words"))) {
				for (String word : WORD_LIST.split(d.group(2))) {
					if (!word.isEmpty() && !words.contains(word)) {
						words.add(word);
					}
				}
			} else {
				// an error, not a warning: the draft cannot hold the line, so a rewrite (renumbering on save, a quick
				// fix) would drop it, and rewrites are refused while a draft has errors
				error(line, message("unknownDirective"));
			}
		}

		private void checkReferences() {
			List<Integer> referenced = new ArrayList<>();
			for (ParsedDraft.QuestionSpan span : spans) {
				Matcher m = REFERENCE.matcher(questions.get(span.number() - 1).text());
				while (m.find()) {
					int n = Integer.parseInt(m.group(1));
					referenced.add(n);
					if (!footnoteLines.containsKey(n)) {
						error(span.firstLine(), message("footnoteUndefined", n));
					}
				}
			}
			footnoteLines.forEach((n, line) -> {
				if (!referenced.contains(n)) {
					warning(line, message("footnoteUnreferenced", n));
				}
			});
		}

		private String nextLabel() {
			return (style == null ? NumberingStyle.PLAIN : style).label(questions.size() + 1);
		}

		private void error(int line, LocalizedText message) {
			problems.add(new DraftProblem(line, DraftProblem.Severity.ERROR, message));
		}

		private void warning(int line, LocalizedText message) {
			problems.add(new DraftProblem(line, DraftProblem.Severity.WARNING, message));
		}
	}
}
