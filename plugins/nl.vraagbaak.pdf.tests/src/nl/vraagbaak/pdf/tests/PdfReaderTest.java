package nl.vraagbaak.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.docx.WordDocumentReader;
import nl.vraagbaak.pdf.PdfReader;

/**
 * PDFs made from real documents (see fixtures/README.md) read as the documents they were made of: the same passages,
 * the same provenance. Bad PDFs are refused with their reason.
 */
class PdfReaderTest {
	private static final String WOLVEGA_DOCX = "Beantwoording Kamervragen leden Mutluer (GL-PvdA) et al. over de "
			+ "voorgenomen sluiting van het politiebureau in Wolvega (1).docx";

	@TempDir
	Path temp;

	@Test
	void aMinistrysAnswersAsPdfReadAsTheWordDocumentTheyWereMadeOf() throws Exception {
		CorpusDocument pdf = new PdfReader().read(fixture("wolvega-antwoorden.pdf"));
		CorpusDocument docx = new WordDocumentReader()
				.read(Path.of(System.getProperty("vraagbaak.docx.fixtures"), "answer-docx", WOLVEGA_DOCX));
		assertEquals("wolvega-antwoorden.pdf", pdf.source());
		assertEquals(DocumentKind.WRITTEN_ANSWERS, pdf.kind());
		assertEquals(docx.date(), pdf.date());
		assertEquals("2024Z11859", pdf.documentNumber());
		assertEquals(docx.documentNumber(), pdf.documentNumber());
		assertEquals(docx.minister(), pdf.minister());
		assertEquals(docx.askers(), pdf.askers());
		assertEquals(docx.title(), pdf.title());
		assertSamePassages(docx, pdf);
	}

	/** Published written answers (their heading wrapped by the PDF) and a committee's list of questions and answers. */
	@ParameterizedTest
	@CsvSource({ "antwoorden-004.pdf, 004_7b21e46fa3f5df7d.txt, WRITTEN_ANSWERS, 10",
			"vragenlijst-001.pdf, 001_4a688004c2e20cff.txt, QUESTION_LIST, 102" })
	void aPublishedDocumentAsPdfReadsAsItsText(String pdfName, String seedName, DocumentKind kind, int passages)
			throws Exception {
		CorpusDocument pdf = new PdfReader().read(fixture(pdfName));
		CorpusDocument text = CorpusFormats.read(seed(seedName));
		assertEquals(kind, pdf.kind());
		assertEquals(passages, pdf.passages().size());
		assertEquals(text.date(), pdf.date());
		assertEquals(text.citation(), pdf.citation());
		assertEquals(text.minister(), pdf.minister());
		assertSamePassages(text, pdf);
	}

	@Test
	void aPdfIsRecognisedByItsContentOnceRegistered() throws Exception {
		CorpusFormats.register(new PdfReader());
		Path renamed = temp.resolve("antwoorden.bin");
		Files.copy(fixture("antwoorden-004.pdf"), renamed);
		assertEquals(10, CorpusFormats.read(renamed).passages().size());
	}

	@Test
	void badPdfsAreRefusedWithTheirReason() throws Exception {
		Path notAPdf = temp.resolve("brief.pdf");
		Files.writeString(notAPdf, "Geachte voorzitter,\n\nDit is geen PDF.\n");
		assertRefused(notAPdf, "damaged or not a PDF");

		Path scan = temp.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(scan.toFile());
		}
		assertRefused(scan, "no text in this PDF (a scan?)");

		Path locked = temp.resolve("versleuteld.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(locked.toFile());
		}
		assertRefused(locked, "encrypted PDF");
	}

	private static void assertRefused(Path file, String reason) {
		CorpusReadException e = assertThrows(CorpusReadException.class, () -> new PdfReader().read(file));
		assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(reason), e.getMessage());
	}

	/** The same questions and answers, whatever the line breaks of the PDF did to the spaces. */
	private static void assertSamePassages(CorpusDocument expected, CorpusDocument actual) {
		assertEquals(expected.passages().size(), actual.passages().size());
		for (int i = 0; i < expected.passages().size(); i++) {
			Passage e = expected.passages().get(i);
			Passage a = actual.passages().get(i);
			assertEquals(e.number(), a.number());
			assertEquals(flat(e.question()), flat(a.question()), "question " + e.number());
			assertEquals(flat(e.answer()), flat(a.answer()), "answer " + e.number());
		}
	}

	private static String flat(String text) {
		return text == null ? null : text.replaceAll("\\s+", " ").strip();
	}

	private static Path fixture(String name) {
		return Path.of(System.getProperty("vraagbaak.pdf.fixtures"), name);
	}

	private static Path seed(String name) {
		return Path.of(System.getProperty("vraagbaak.seeds"), name);
	}
}
