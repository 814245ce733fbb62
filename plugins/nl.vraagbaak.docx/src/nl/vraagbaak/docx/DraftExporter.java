package nl.vraagbaak.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftFootnote;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftQuestion;
import nl.vraagbaak.core.draft.HeadingFormat;
import nl.vraagbaak.core.store.AtomicFiles;
import nl.vraagbaak.internal.docx.WordFootnotes;
import nl.vraagbaak.internal.docx.WordNumbering;
import nl.vraagbaak.internal.docx.WordPage;
import nl.vraagbaak.internal.docx.WordStyles;

/**
 * Writes a draft as the Word document handed in to the Griffie: the heading sentence, the questions as a real
 * numbered list (one list item per question, "1" or "Vraag 1"), real Word footnotes referenced right after the
 * question text, named paragraph styles in Dutch (nl-NL), an A4 page, and title and author properties.
 */
public final class DraftExporter {
	private static final Pattern REFERENCE = Pattern.compile("\\s*\\[(\\d{1,3})\\]");

	private DraftExporter() {
	}

	/**
	 * Exports to {@code target}. The file is written next to it under a temporary name and moved into place only
	 * when complete, so an existing file is never left half-overwritten.
	 *
	 * @throws IOException when the folder cannot be written; the target is then unchanged
	 */
	public static void export(Draft draft, ExportOptions options, Path target) throws IOException {
		// printing renumbers questions and footnotes: the export shows what the user sees after a save
		Draft canonical = DraftFormat.parse(DraftFormat.print(draft)).draft();
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			try (XWPFDocument document = build(canonical, options); OutputStream out = Files.newOutputStream(temp)) {
				document.write(out);
			}
			readableByOthers(temp);
			AtomicFiles.moveIntoPlace(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A temporary file is created private (0600); the exported document is an ordinary file (0644). */
	private static void readableByOthers(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	static XWPFDocument build(Draft draft, ExportOptions options) {
		XWPFDocument document = new XWPFDocument();
		WordStyles.install(document);
		WordPage.a4(document);
		WordFootnotes.separators(document);
		var heading = options.submitted() == null ? draft.heading() : draft.heading().submittedOn(options.submitted());
		XWPFParagraph title = document.createParagraph();
		title.setStyle(WordStyles.HEADING);
		title.createRun().setText(HeadingFormat.format(heading));

		var numId = WordNumbering.questions(document, options.numbering());
		for (DraftQuestion question : draft.questions()) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setStyle(WordStyles.QUESTION);
			paragraph.setNumID(numId);
			paragraph.setNumILvl(BigInteger.ZERO); // without the level Word (and POI) read no format back
			writeQuestion(document, draft, paragraph, question.text());
		}
		var properties = document.getProperties().getCoreProperties();
		properties.setTitle(heading.subject());
		if (!heading.askers().isEmpty()) {
			properties.setCreator(heading.askers().get(0).name());
		}
		return document;
	}

	/** The question's text in runs, with a Word footnote reference wherever the draft has "[n]". */
	private static void writeQuestion(XWPFDocument document, Draft draft, XWPFParagraph paragraph, String text) {
		Matcher m = REFERENCE.matcher(text);
		int at = 0;
		while (m.find()) {
			paragraph.createRun().setText(text.substring(at, m.start()));
			DraftFootnote note = draft.footnote(Integer.parseInt(m.group(1)));
			if (note != null) {
				XWPFFootnote footnote = document.createFootnote();
				XWPFParagraph body = footnote.createParagraph();
				body.setStyle(WordStyles.FOOTNOTE);
				body.createRun().setText(" " + note.text());
				paragraph.addFootnoteReference(footnote);
			}
			at = m.end();
		}
		if (at < text.length()) {
			paragraph.createRun().setText(text.substring(at));
		}
	}
}
