package nl.vraagbaak.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;

/**
 * Exports compared part by part with reviewed expected files under golden/, after normalising values that change
 * from run to run. A missing expected part is written out for review and the test fails, saying so.
 */
class GoldenDocxTest {
	private static final List<String> PARTS = List.of("word/document.xml", "word/numbering.xml", "word/footnotes.xml",
			"word/styles.xml");

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "plain-ingezonden,PLAIN,2025-11-13", "vraag-nummering,VRAAG," })
	void partsMatchTheReviewedExport(String name, NumberingStyle numbering, LocalDate date) throws Exception {
		Path file = dir.resolve(name + ".docx");
		DraftExporter.export(DraftExporterTest.draft(), new ExportOptions(numbering, date), file);
		Path golden = Path.of(System.getProperty("vraagbaak.golden", "golden")).resolve(name);
		StringBuilder written = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (String part : PARTS) {
				String actual = normalise(new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8));
				Path expected = golden.resolve(part.replace('/', '_'));
				if (!Files.exists(expected)) {
					Files.createDirectories(golden);
					Files.writeString(expected, actual);
					written.append(' ').append(expected);
					continue;
				}
				assertEquals(Files.readString(expected), actual, part + " differs from " + expected);
			}
		}
		if (written.length() > 0) {
			fail("no expected parts yet: wrote" + written + " for review; check them in Word and commit them");
		}
	}

	/** Revision-session ids and paragraph ids change on every save; they carry no content. */
	static String normalise(String xml) {
		return xml.replaceAll(" w:rsid\\w*=\"[^\"]*\"", "").replaceAll(" w14:(paraId|textId)=\"[^\"]*\"", "")
				.replaceAll("><", ">\n<");
	}
}
