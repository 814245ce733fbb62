package nl.vraagbaak.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.CorpusReader;
import nl.vraagbaak.core.read.DutchDates;
import nl.vraagbaak.core.read.WrittenAnswersReader;
import nl.vraagbaak.internal.docx.DocxText;

/**
 * Reads a ministry's answer document (.docx): a cover letter ("In antwoord op uw brief van 5 juli 2024, nr.
 * 2024Z11859, ...") and the questions with their answers ("Vraag N" / "Antwoord op vraag N", merged answers
 * "Antwoord op vragen 2 en 3"), with Word footnotes. The questions are read by the same parser as published written
 * answers; the cover letter and the title give the case number, date, minister, askers and subject.
 */
public final class AnswerDocxReader implements CorpusReader {
	private static final Pattern CASE = Pattern.compile("nr\\.\\s*(\\d{4}Z\\d{5})");
	private static final Pattern TITLE = Pattern.compile("^Antwoord(?:en)? van (?:de |het )?(.+?) op (?:de )?(?:Kamer)?vragen\\s+"
			+ "(?:van )?(?:het lid|de leden|lid|leden)\\s+(.+?)\\s+(?:\\(?aan .+?\\)?\\s+)?over\\s+(.+?)\\.?\\s*(?:\\(.*\\))?$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern DATUM = Pattern.compile("(?m)^Datum[ \\t]*(?:\\n\\s*)?(\\S.*)$");
	private static final Pattern ASKER_SPLIT = Pattern.compile(",\\s*|\\s+en\\s+");

	@Override
	public String id() {
		return "answer-docx";
	}

	@Override
	public boolean recognises(Path file, byte[] head) {
		// any file named .docx is read here, so that a damaged or encrypted one (an OLE2 container) is reported as
		// such instead of as an unknown format
		return FileMagic.valueOf(head) == FileMagic.OOXML || file.toString().toLowerCase().endsWith(".docx");
	}

	@Override
	public CorpusDocument read(Path file) throws CorpusReadException {
		DocxText text = open(file);
		List<String> lines = new ArrayList<>(text.paragraphs());
		int title = titleLine(lines);
		if (title < 0) {
			throw new CorpusReadException(file.toString(), 0,
					"no questions found: expected \"Antwoorden van ...\" followed by \"Vraag 1\" / \"Antwoord op vraag 1\"");
		}
		String heading = joinTitle(lines, title);
		List<String> body = new ArrayList<>();
		body.add(heading);
		body.addAll(lines.subList(firstQuestion(lines, title), lines.size()));
		List<String> footnotes = new ArrayList<>();
		for (int i = 0; i < text.footnotes().size(); i++) {
			footnotes.add((i + 1) + ") " + text.footnotes().get(i));
		}
		// Word keeps its footnotes apart: a paragraph "1) ..." in an answer is an enumeration, never a footnote
		CorpusDocument parsed = WrittenAnswersReader.parse(file, body, footnotes);
		String cover = String.join("\n", lines.subList(0, title));
		return withProvenance(parsed, heading, cover, String.join("\n", text.headerLines()));
	}

	private static DocxText open(Path file) throws CorpusReadException {
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			return DocxText.of(document);
		} catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
			throw new CorpusReadException(file.toString(), "encrypted or password-protected Word document: save it "
					+ "without a password first / versleuteld document", e);
		} catch (ODFNotOfficeXmlFileException e) {
			throw new CorpusReadException(file.toString(), "an OpenDocument file, not a Word .docx: save it as .docx", e);
		} catch (NotOfficeXmlFileException e) {
			throw new CorpusReadException(file.toString(), "not a Word .docx file (no Office XML inside)", e);
		} catch (IOException | POIXMLException | IllegalStateException e) {
			String reason = e.getMessage() != null && e.getMessage().contains("Zip bomb")
					? "refused: the file expands far beyond its size (zip bomb) / geweigerd: zip-bom"
					: "damaged or not a Word .docx file: " + e.getMessage();
			throw new CorpusReadException(file.toString(), reason, e);
		}
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
