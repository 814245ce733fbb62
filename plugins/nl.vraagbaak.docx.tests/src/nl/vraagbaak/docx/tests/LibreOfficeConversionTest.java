package nl.vraagbaak.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;

/**
 * An independent reader: LibreOffice opens the export and converts it to PDF. Runs where soffice is installed
 * (.ci/run installs libreoffice-writer-nogui); skipped, and said so, elsewhere.
 */
class LibreOfficeConversionTest {
	@TempDir
	Path dir;

	@Test
	void libreOfficeConvertsTheExportToPdf() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed");
		Path docx = dir.resolve("vragen.docx");
		DraftExporter.export(DraftExporterTest.draft(), new ExportOptions(NumberingStyle.PLAIN, LocalDate.of(2025, 11, 13)), docx);
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 180 s");
		assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
		Path pdf = dir.resolve("vragen.pdf");
		assertTrue(Files.size(pdf) > 1000, "PDF is empty");
		assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
	}
}
