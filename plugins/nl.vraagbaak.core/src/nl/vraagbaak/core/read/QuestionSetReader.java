package nl.vraagbaak.core.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.draft.Asker;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftFootnote;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftHeading;
import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.HeadingFormat;
import nl.vraagbaak.core.draft.InvalidHeadingException;
import nl.vraagbaak.core.draft.ParsedDraft;

/**
 * Reads a set of written questions as the House publishes it before it is answered ("Schriftelijke vragen"): the
 * heading "Vragen van het lid ... aan ... over ... (ingezonden 13 november 2025).", then "Vraag 1", "Vraag 2", ...,
 * the footnotes "1) ..." at the end (questions numbered "1.", "1" or "1)" are read too: a Word list's numbers come out
 * so); or in the form of Vraagbaak's drafts, footnotes "[1] ..." and directives "% ...", by the draft parser. Each question becomes a passage without an answer: a question another member
 * asked last week is already asked, though the minister has not answered it yet.
 */
public final class QuestionSetReader implements TextReader {
	private static final Pattern HEADING_START = Pattern.compile("(?m)^\\s*Vragen van (?:het lid|de leden)\\s");
	private static final Pattern FIRST_QUESTION = Pattern.compile("(?m)^\\s*Vraag\\s+1\\b");
	private static final Pattern VRAAG_LINE = Pattern.compile("^\\s*Vraag\\s+(\\d{1,3})\\b");
	/** What only a draft has: a footnote line "[1] ..." or a directive "% negeer: ...". */
	private static final Pattern DRAFT_LINES = Pattern.compile("(?m)^\\s*(?:\\[\\d{1,3}\\]\\s|%\\s*\\p{L}+\\s*:)");
	/** A first question numbered without "Vraag": "1. Bent u", "1 Bent u" (a Word list's number), "1) Bent u". */
	private static final Pattern FIRST_NUMBERED = Pattern.compile("(?m)^\\s*1(?:[.)]\\s*|\\s+)\\p{Lu}");
	/** A numbered line: its number and its text. */
	private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})(?:[.)]\\s*|\\s+)(\\p{Lu}.*)$");
	private static final Pattern ANSWER = Pattern.compile("(?m)^\\s*Antwoord", Pattern.CASE_INSENSITIVE);
	private static final Pattern CASE_NUMBER = Pattern.compile("\\b(\\d{4}Z\\d{5})\\b");

	@Override
	public String id() {
		return "question-set";
	}

	@Override
	public boolean recognises(Path file, byte[] head) {
		if (!TextFiles.looksLikeText(head)) {
			return false;
		}
		String text = new String(head, StandardCharsets.UTF_8);
		return HEADING_START.matcher(text).find()
				&& (FIRST_QUESTION.matcher(text).find() || FIRST_NUMBERED.matcher(text).find())
				&& !ANSWER.matcher(text).find();
	}

	@Override
	public CorpusDocument readText(Path file, String text) throws CorpusReadException {
		if (DRAFT_LINES.matcher(text).find()) {
			return fromDraft(file, text);
		}
		List<String> lines = Texts.lines(text);
		int start = headingLine(lines);
		if (start < 0) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("setNoHeading"));
		}
		int end = start;
		StringBuilder sentence = new StringBuilder(lines.get(start).strip());
		// a heading wrapped over lines (a PDF's text) runs until the blank line or the first question
		while (end + 1 < lines.size() && !Texts.isBlank(lines.get(end + 1)) && !startsQuestionOne(lines.get(end + 1))) {
			sentence.append(' ').append(lines.get(++end).strip());
		}
		DraftHeading heading;
		try {
			heading = HeadingFormat.parse(sentence.toString());
		} catch (InvalidHeadingException e) {
			throw new CorpusReadException(file.toString(), start + 1, e.text());
		}
		CorpusDocument questions = WrittenAnswersReader.parseQuestions(file,
				asVraagHeadings(lines.subList(end + 1, lines.size())));
		Matcher caseNumber = CASE_NUMBER.matcher(String.join("\n", lines.subList(0, start)));
		return document(questions.source(), heading, caseNumber.find() ? caseNumber.group(1) : null, questions.passages());
	}

	/**
	 * A question set in the form of Vraagbaak's drafts ("1.", "[1]" footnotes, "%" directives): a colleague's set, or
	 * one handed in. Read by the draft parser, whose errors are named with their line.
	 */
	private static CorpusDocument fromDraft(Path file, String text) throws CorpusReadException {
		ParsedDraft parsed = DraftFormat.parse(text);
		Optional<DraftProblem> error = parsed.firstError();
		if (error.isPresent()) {
			throw new CorpusReadException(file.toString(), error.get().line(), error.get().text());
		}
		Draft draft = parsed.draft();
		String source = file.getFileName().toString();
		DraftHeading heading = draft.heading();
		PassageAssembler assembler = new PassageAssembler(source, draft.questions().size(),
				heading.submitted() == null ? 0 : heading.submitted().getYear());
		for (int i = 0; i < draft.questions().size(); i++) {
			assembler.add(i + 1, null, draft.questions().get(i).text(), "", parsed.spans().get(i).firstLine());
		}
		for (DraftFootnote footnote : draft.footnotes()) {
			assembler.addFootnote(Integer.toString(footnote.number()), footnote.text(), Integer.MAX_VALUE);
		}
		return document(source, heading, null, assembler.passages());
	}

	/** The questions with what their heading says: subject, date handed in, addressees, askers "Name (Party)". */
	private static CorpusDocument document(String source, DraftHeading heading, String caseNumber, List<Passage> passages) {
		return new CorpusDocument(source, DocumentKind.QUESTIONS, heading.subject(), heading.submitted(), null, caseNumber,
				Texts.joinDutch(heading.addressees()), heading.askers().stream().map(Asker::toString).toList(),
				passages);
	}

	/**
	 * Questions numbered "1.", "1 " or "1)" as "Vraag 1 ...", the form the published reader knows: only the running
	 * numbers 1, 2, 3, ... of lines that start a sentence, so "24 uur na een melding" inside a question stays text.
	 */
	private static List<String> asVraagHeadings(List<String> lines) {
		List<String> out = new ArrayList<>(lines.size());
		int expected = 1;
		for (String line : lines) {
			Matcher vraag = VRAAG_LINE.matcher(line);
			Matcher numbered = NUMBERED.matcher(line);
			if (vraag.find() && Integer.parseInt(vraag.group(1)) == expected) {
				expected++;
				out.add(line);
			} else if (numbered.matches() && Integer.parseInt(numbered.group(1)) == expected) {
				out.add("Vraag " + expected++ + " " + numbered.group(2));
			} else {
				out.add(line);
			}
		}
		return out;
	}

	/** "Vraag 1 ...", "1. Bent u", "1 Bent u": where a heading that runs on (a Word document has no blank lines) ends. */
	private static boolean startsQuestionOne(String line) {
		return FIRST_QUESTION.matcher(line).find() || FIRST_NUMBERED.matcher(line).find();
	}

	private static int headingLine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (HeadingFormat.isHeading(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}
}
