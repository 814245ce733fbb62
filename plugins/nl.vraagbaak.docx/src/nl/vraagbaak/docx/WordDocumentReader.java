package nl.vraagbaak.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.LocalizedText;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.CorpusReader;
import nl.vraagbaak.core.read.MinistryAnswers;
import nl.vraagbaak.core.read.ReadMessages;
import nl.vraagbaak.internal.docx.DocxText;

/**
 * Reads a Word document (.docx) with its Word footnotes and page headers: a ministry's answer document by
 * {@link MinistryAnswers}, any other (a question set, published answers, a letter) by the text formats.
 */
public final class WordDocumentReader implements CorpusReader {

	@Override
	public String id() {
		return "docx";
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
		if (MinistryAnswers.recognises(text.paragraphs())) {
			return MinistryAnswers.read(file, text.paragraphs(), text.footnotes(), String.join("\n", text.headerLines()));
		}
		// not a ministry's answers: its text is read as a PDF's is (a question set as the open data serves it, published
		// answers, a letter), the Word footnotes at the end as "1) ..." where the text marks them "[1]"
		List<String> lines = new ArrayList<>(text.paragraphs());
		lines.add("");
		for (int i = 0; i < text.footnotes().size(); i++) {
			lines.add((i + 1) + ") " + text.footnotes().get(i));
		}
		return CorpusFormats.readText(file, String.join("\n", lines));
	}

	private static DocxText open(Path file) throws CorpusReadException {
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			return DocxText.of(document);
		} catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
			throw new CorpusReadException(file.toString(), ReadMessages.message("wordEncrypted"), e);
		} catch (ODFNotOfficeXmlFileException e) {
			throw new CorpusReadException(file.toString(), ReadMessages.message("wordOpenDocument"), e);
		} catch (NotOfficeXmlFileException e) {
			throw new CorpusReadException(file.toString(), ReadMessages.message("wordNotDocx"), e);
		} catch (IOException | POIXMLException | IllegalStateException e) {
			LocalizedText reason = e.getMessage() != null && e.getMessage().contains("Zip bomb")
					? ReadMessages.message("wordZipBomb")
					: ReadMessages.message("wordDamaged", e.getMessage());
			throw new CorpusReadException(file.toString(), reason, e);
		}
	}
}
