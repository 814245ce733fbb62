package nl.vraagbaak.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.docx.WordDocumentReader;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;

/**
 * A Word document that is not a ministry's answers is read by its text, as a PDF is: here a set of written questions
 * as the open data serves them before they are answered (heading, "Vraag 1", ..., a Word footnote), with the real
 * questions 7 and 8 of seed 004.
 */
class QuestionSetDocxTest {
	@TempDir
	Path temp;

	@Test
	void aQuestionSetInWordIsReadAsQuestionsWaitingForAnswersWithItsFootnote() throws Exception {
		Path file = temp.resolve("vragen.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			paragraph(document, "2025Z20154");
			paragraph(document, "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid "
					+ "over Europese ontwikkelingen rondom chatcontrole (ingezonden 13 november 2025).");
			paragraph(document, "Vraag 1");
			XWPFParagraph first = paragraph(document, "Op welk niveau is de inzet van Nederland in deze bespreking bepaald?");
			XWPFFootnote note = document.createFootnote();
			note.createParagraph().createRun().setText("Kamerstuk 32317, nr. 891");
			first.addFootnoteReference(note);
			paragraph(document, "Vraag 2");
			paragraph(document, "Heeft u advies ingewonnen van de Algemene Inlichtingen- en Veiligheidsdienst (AIVD) over de "
					+ "mogelijke veiligheidsgevolgen van het Deense compromisvoorstel?");
			document.write(out);
		}

		CorpusDocument set = new WordDocumentReader().read(file);

		assertEquals(DocumentKind.QUESTIONS, set.kind());
		assertEquals("2025Z20154", set.documentNumber());
		assertEquals(LocalDate.of(2025, 11, 13), set.date());
		assertEquals(List.of("Kathmann (GroenLinks-PvdA)"), set.askers());
		assertEquals(2, set.passages().size());
		Passage first = set.passage(1).orElseThrow();
		assertTrue(first.question().startsWith("Op welk niveau is de inzet"), first.question());
		assertEquals("", first.answer());
		assertEquals("Kamerstuk 32317, nr. 891", first.footnotes().get(0).text(), "the Word footnote, kept");
		assertTrue(set.passage(2).orElseThrow().question().contains("Deense compromisvoorstel"));
	}

	/** A colleague's question set as Vraagbaak exports it (Word numbering, real footnotes) reads back as it was written. */
	@ParameterizedTest
	@EnumSource(NumberingStyle.class)
	void aQuestionSetExportedByVraagbaakReadsBackWithItsNumbersAndFootnotes(NumberingStyle numbering) throws Exception {
		ParsedDraft parsed = DraftFormat.parse("Vragen van de leden Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) aan de "
				+ "minister van Justitie en Veiligheid over het advies van de AIVD over chatcontrole.\n\n"
				+ "1. Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel? [1]\n\n"
				+ "2. Wanneer ontvangt de Kamer dat advies?\n\n"
				+ "3. Kunt u deze vragen afzonderlijk beantwoorden?\n\n"
				+ "[1] Consilium, \"Law Enforcement Working Party\", 12 november 2025.\n");
		Path file = temp.resolve("collega-" + numbering + ".docx");
		DraftExporter.export(parsed.draft(), new ExportOptions(numbering, LocalDate.of(2025, 12, 1)), file);

		CorpusDocument set = new WordDocumentReader().read(file);

		assertEquals(DocumentKind.QUESTIONS, set.kind());
		assertEquals(LocalDate.of(2025, 12, 1), set.date(), "the date handed in");
		assertEquals(List.of("Kathmann (GroenLinks-PvdA)", "Six Dijkstra (NSC)"), set.askers());
		assertEquals(List.of("Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?[1]",
				"Wanneer ontvangt de Kamer dat advies?", "Kunt u deze vragen afzonderlijk beantwoorden?"),
				set.passages().stream().map(Passage::question).toList());
		assertEquals("Consilium, \"Law Enforcement Working Party\", 12 november 2025.",
				set.passage(1).orElseThrow().footnotes().get(0).text());
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.createRun().setText(text);
		return paragraph;
	}
}
