package nl.vraagbaak.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;
import nl.vraagbaak.internal.docx.DocxText;

/** Export to Word: read back with POI, the same heading, questions in order and footnotes; real Word structures. */
class DraftExporterTest {
	static final String DRAFT = """
			Vragen van de leden Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) aan de minister van Justitie en Veiligheid en de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over Europese ontwikkelingen rondom chatcontrole.

			1. Bent u bekend met het compromisvoorstel van het Deense voorzitterschap? [1]

			2. Heeft u advies ingewonnen van de AIVD? Zo ja, wat houdt dat in? Zo nee, waarom niet? [2]

			3. Kunt u deze vragen afzonderlijk beantwoorden?

			[1] Consilium, "Law Enforcement Working Party", 12 november 2025.
			[2] Kamerstuk 32 317, nr. 891.
			""";

	@TempDir
	Path dir;

	static Draft draft() {
		return DraftFormat.parse(DRAFT).draft();
	}

	@Test
	void readingTheExportBackGivesTheSameHeadingNumberedQuestionsAndFootnotes() throws Exception {
		Path file = dir.resolve("vragen.docx");
		DraftExporter.export(draft(), new ExportOptions(NumberingStyle.PLAIN, LocalDate.of(2025, 11, 13)), file);
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			DocxText text = DocxText.of(document);
			assertEquals(List.of(
					"Vragen van de leden Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) aan de minister van Justitie en "
							+ "Veiligheid en de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over Europese "
							+ "ontwikkelingen rondom chatcontrole (ingezonden 13 november 2025).",
					"1 Bent u bekend met het compromisvoorstel van het Deense voorzitterschap?[1]",
					"2 Heeft u advies ingewonnen van de AIVD? Zo ja, wat houdt dat in? Zo nee, waarom niet?[2]",
					"3 Kunt u deze vragen afzonderlijk beantwoorden?"), text.paragraphs());
			assertEquals(List.of("Consilium, \"Law Enforcement Working Party\", 12 november 2025.", "Kamerstuk 32 317, nr. 891."),
					text.footnotes());

			List<XWPFParagraph> questions = document.getParagraphs().subList(1, 4);
			for (XWPFParagraph q : questions) {
				assertEquals(questions.get(0).getNumID(), q.getNumID(), "one list");
				assertEquals("decimal", q.getNumFmt());
				assertEquals("%1", q.getNumLevelText());
				assertEquals("VraagbaakVraag", q.getStyle());
			}
			assertEquals("VraagbaakKop", document.getParagraphs().get(0).getStyle());
			assertEquals("Vraagbaak vraag", document.getStyles().getStyle("VraagbaakVraag").getName());
			assertTrue(document.getStyles().getStyle("VraagbaakVraag").getCTStyle().getRPr().getLangList().get(0).getVal()
					.equals("nl-NL"));
			assertEquals(BigInteger.valueOf(11906), document.getDocument().getBody().getSectPr().getPgSz().getW());
			assertEquals("Europese ontwikkelingen rondom chatcontrole", document.getProperties().getCoreProperties().getTitle());
			assertEquals("Kathmann", document.getProperties().getCoreProperties().getCreator());
		}
	}

	@Test
	void theFootnotesHaveWordsSeparatorLinesLikeTheMinistryDocuments() throws Exception {
		Path file = dir.resolve("vragen.docx");
		DraftExporter.export(draft(), ExportOptions.defaults(), file);
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			List<CTFtnEdn> notes = document.getFootnotes().stream().map(XWPFFootnote::getCTFtnEdn).toList();
			assertEquals(List.of(STFtnEdn.SEPARATOR, STFtnEdn.CONTINUATION_SEPARATOR, STFtnEdn.NORMAL, STFtnEdn.NORMAL),
					notes.stream().map(CTFtnEdn::getType).toList());
			assertEquals(1, notes.get(0).getPArray(0).getRArray(0).sizeOfSeparatorArray());
			assertEquals(1, notes.get(1).getPArray(0).getRArray(0).sizeOfContinuationSeparatorArray());
			List<BigInteger> ids = notes.stream().map(CTFtnEdn::getId).toList();
			assertEquals(List.of(BigInteger.valueOf(-1), BigInteger.ZERO), ids.subList(0, 2));
			assertTrue(ids.get(2).signum() > 0 && ids.get(3).compareTo(ids.get(2)) > 0, "ordinary notes after them: " + ids);
			String settings = document.getSettings().getCTSettings().xmlText();
			assertTrue(settings.matches("(?s).*<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>.*"),
					"named in the settings: " + settings);
			assertEquals(List.of("Consilium, \"Law Enforcement Working Party\", 12 november 2025.", "Kamerstuk 32 317, nr. 891."),
					DocxText.of(document).footnotes(), "the separators are no footnotes of the text");
		}
	}

	@Test
	void vraagNumberingIsAnOption() throws Exception {
		Path file = dir.resolve("vraag.docx");
		DraftExporter.export(draft(), new ExportOptions(NumberingStyle.VRAAG, null), file);
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			assertEquals("Vraag %1", document.getParagraphs().get(1).getNumLevelText());
			assertTrue(document.getParagraphs().get(0).getText().endsWith("chatcontrole."), "no submission date given");
		}
	}

	@Test
	void anExistingFileIsReplacedWholeAndNoTemporaryFileRemains() throws Exception {
		Path file = dir.resolve("vragen.docx");
		Files.writeString(file, "oude inhoud");
		DraftExporter.export(draft(), ExportOptions.defaults(), file);
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			assertEquals(4, document.getParagraphs().size());
		}
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
	}
}
