package nl.vraagbaak.core.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.draft.Asker;
import nl.vraagbaak.core.draft.DraftHeading;
import nl.vraagbaak.core.draft.HeadingFormat;

/**
 * Reads a set of written questions as the House publishes it before it is answered ("Schriftelijke vragen"): the
 * heading "Vragen van het lid ... aan ... over ... (ingezonden 13 november 2025).", then "Vraag 1", "Vraag 2", ...,
 * the footnotes "1) ..." at the end. Each question becomes a passage without an answer: a question another member
 * asked last week is already asked, though the minister has not answered it yet.
 */
public final class QuestionSetReader implements TextReader {
	private static final Pattern HEADING_START = Pattern.compile("(?m)^\\s*Vragen van (?:het lid|de leden)\\s");
	private static final Pattern FIRST_QUESTION = Pattern.compile("(?m)^\\s*Vraag\\s+1\\b");
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
		return HEADING_START.matcher(text).find() && FIRST_QUESTION.matcher(text).find() && !ANSWER.matcher(text).find();
	}

	@Override
	public CorpusDocument readText(Path file, String text) throws CorpusReadException {
		List<String> lines = Texts.lines(text);
		int start = headingLine(lines);
		if (start < 0) {
			throw new CorpusReadException(file.toString(), 0, "no heading \"Vragen van het lid ... aan ... over ...\"");
		}
		int end = start;
		StringBuilder sentence = new StringBuilder(lines.get(start).strip());
		// a heading wrapped over lines (a PDF's text) runs until the blank line or the first question
		while (end + 1 < lines.size() && !Texts.isBlank(lines.get(end + 1)) && !FIRST_QUESTION.matcher(lines.get(end + 1)).find()) {
			sentence.append(' ').append(lines.get(++end).strip());
		}
		DraftHeading heading;
		try {
			heading = HeadingFormat.parse(sentence.toString());
		} catch (IllegalArgumentException e) {
			throw new CorpusReadException(file.toString(), start + 1, e.getMessage());
		}
		CorpusDocument questions = WrittenAnswersReader.parseQuestions(file, lines.subList(end + 1, lines.size()));
		Matcher caseNumber = CASE_NUMBER.matcher(String.join("\n", lines.subList(0, start)));
		return new CorpusDocument(questions.source(), DocumentKind.QUESTIONS, heading.subject(), heading.submitted(),
				null, caseNumber.find() ? caseNumber.group(1) : null, String.join(" en ", heading.addressees()),
				heading.askers().stream().map(QuestionSetReader::asker).toList(), questions.passages());
	}

	private static int headingLine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (HeadingFormat.isHeading(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static String asker(Asker asker) {
		return asker.party() == null ? asker.name() : asker.name() + " (" + asker.party() + ")";
	}
}
