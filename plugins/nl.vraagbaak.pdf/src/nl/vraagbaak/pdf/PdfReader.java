package nl.vraagbaak.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.CorpusReader;
import nl.vraagbaak.core.read.MinistryAnswers;
import nl.vraagbaak.core.read.ReadMessages;
import nl.vraagbaak.core.read.Texts;

/**
 * Reads a PDF as it is published (answers to written questions, a committee's list of questions and answers, a
 * letter to the House) or as a ministry sends its answers: its text is taken out with PDFBox and read as the text
 * formats are, a ministry's answers with their cover letter. A PDF without text (a scan) is refused, saying so.
 */
public final class PdfReader implements CorpusReader {
	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	@Override
	public String id() {
		return "pdf";
	}

	@Override
	public boolean recognises(Path file, byte[] head) {
		// a file named .pdf is read here even when damaged, so that it is reported as such, not as an unknown format
		return startsWithMagic(head) || file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
	}

	@Override
	public CorpusDocument read(Path file) throws CorpusReadException {
		PageText text = PageText.of(pages(file));
		if (text.body().stream().allMatch(String::isBlank)) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("pdfNoText"));
		}
		if (MinistryAnswers.recognises(text.body())) {
			return MinistryAnswers.read(file, text.body(), null, String.join("\n", text.furniture()));
		}
		return CorpusFormats.readText(file, String.join("\n", text.body()));
	}

	/** The lines of each page, in the order they stand on it, with a blank line where a paragraph ends. */
	private static List<List<String>> pages(Path file) throws CorpusReadException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			// the order on the page: a letterhead's side column comes out beside the text otherwise
			stripper.setSortByPosition(true);
			// the readers take a blank line for the end of a paragraph, a footnote or a question, as in a text file
			stripper.setParagraphEnd("\n");
			List<List<String>> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(withoutTrailingBlankLines(Texts.lines(stripper.getText(document))));
			}
			return pages;
		} catch (InvalidPasswordException e) {
			throw new CorpusReadException(file.toString(), ReadMessages.message("pdfEncrypted"), e);
		} catch (IOException e) {
			throw new CorpusReadException(file.toString(), ReadMessages.message("pdfDamaged", e.getMessage()), e);
		}
	}

	/**
	 * A page's text ends with a paragraph's end even where the paragraph (or a footnote) goes on on the next page:
	 * the pages are joined as one text.
	 */
	private static List<String> withoutTrailingBlankLines(List<String> lines) {
		int end = lines.size();
		while (end > 0 && lines.get(end - 1).isBlank()) {
			end--;
		}
		return lines.subList(0, end);
	}

	private static boolean startsWithMagic(byte[] head) {
		if (head.length < MAGIC.length) {
			return false;
		}
		for (int i = 0; i < MAGIC.length; i++) {
			if (head[i] != MAGIC[i]) {
				return false;
			}
		}
		return true;
	}
}
