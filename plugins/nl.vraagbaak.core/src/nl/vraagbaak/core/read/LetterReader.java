package nl.vraagbaak.core.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;

/**
 * Reads a letter to the House (Kamerbrief), as plain text, as PDF extraction with hard line wraps, or as a saved
 * web page with the site's navigation around it. The letter head (dossier lines, "Aan de Voorzitter ...", "Den
 * Haag, date"), the signature and any web-page metadata become provenance; the body is split into sections at its
 * headings, or into paragraphs where it has none.
 */
public final class LetterReader implements TextReader {
	private static final Pattern SALUTATION = Pattern.compile("(?m)^\\s*Aan de Voorzitter|uw Kamer|Den Haag, \\d");

	@Override
	public String id() {
		return "letter";
	}

	@Override
	public boolean recognises(Path file, byte[] head) {
		return TextFiles.looksLikeText(head) && SALUTATION.matcher(new String(head, StandardCharsets.UTF_8)).find();
	}

	@Override
	public CorpusDocument readText(Path file, String text) throws CorpusReadException {
		String source = file.getFileName().toString();
		List<String> lines = Texts.lines(text);
		WebPageHeader web = WebPageHeader.strip(lines);
		LetterHead head = LetterHead.strip(web.body());
		List<String> body = head.body();
		Signature signature = Signature.strip(body);
		body = signature.body();

		List<PdfFootnotes.Found> footnotes = new ArrayList<>();
		body = MarkdownFootnotes.strip(body, footnotes);
		if (isHardWrapped(body)) {
			PdfFootnotes.Result cleaned = PdfFootnotes.extract(body, i -> false);
			body = cleaned.body();
			footnotes.addAll(cleaned.footnotes());
		}
		List<LetterSections.Section> sections = LetterSections.split(body);
		if (sections.isEmpty()) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("letterNoText"));
		}
		LocalDate date = web.date() != null ? web.date() : head.date();
		PassageAssembler assembler = new PassageAssembler(source, 0, date == null ? 0 : date.getYear());
		int number = 1;
		for (LetterSections.Section section : sections) {
			assembler.add(number++, section.heading(), null, section.text(), section.firstLine());
		}
		footnotes.forEach(assembler::addFootnote);
		String title = web.title() != null ? web.title() : head.title() != null ? head.title() : firstSentence(sections);
		Citation citation = web.citation() != null ? web.citation() : head.citation();
		String minister = signature.minister() != null ? signature.minister() : head.minister();
		return new CorpusDocument(source, DocumentKind.LETTER, title, date, citation, web.documentNumber(), minister,
				List.of(), assembler.passages());
	}

	/** PDF extractions wrap lines at about 70 characters; typed or web text keeps a paragraph on one line. */
	private static boolean isHardWrapped(List<String> lines) {
		List<Integer> lengths = lines.stream().filter(l -> !Texts.isBlank(l)).map(String::length).sorted().toList();
		return lengths.size() >= 10 && lengths.get(lengths.size() / 2) < 100;
	}

	private static String firstSentence(List<LetterSections.Section> sections) {
		String text = sections.get(0).text();
		int end = text.indexOf(". ");
		String sentence = end > 0 ? text.substring(0, end) : text;
		return sentence.length() > 120 ? sentence.substring(0, 117).trim() + "..." : sentence;
	}
}
