package nl.vraagbaak.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.core.store.Importer;
import nl.vraagbaak.docx.WordDocumentReader;

/** Word files that cannot be read: each gets a clear message naming it, and nothing is stored. */
class BadDocxTest {
	@TempDir
	static Path inbox;
	@TempDir
	Path data;

	@BeforeAll
	static void makeBadFiles() throws Exception {
		CorpusFormats.register(new WordDocumentReader());
		Files.writeString(inbox.resolve("geen-zip.docx"), "Dit is platte tekst met een .docx-naam.");
		zipBomb(inbox.resolve("zipbom.docx"));
		encrypted(inbox.resolve("versleuteld.docx"));
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(inbox.resolve("geen-vragen.docx"))) {
			document.createParagraph().createRun().setText("Een memo zonder vragen en antwoorden.");
			document.write(out);
		}
	}

	@Test
	void everyBadFileIsReportedByNameAndNothingIsStored() throws Exception {
		CorpusStore store = CorpusStore.open(data);
		int before = store.documents().size();
		ImportReport report = new Importer(store).importPaths(List.of(inbox), new NullProgressMonitor());
		assertEquals(List.of(), report.imported());
		assertEquals(before, store.documents().size());
		assertEquals(4, report.failures().size(), report.failures().toString());
		assertMessage(report, "geen-zip.docx", "not a Word .docx file");
		assertMessage(report, "zipbom.docx", "zip bomb");
		assertMessage(report, "versleuteld.docx", "encrypted or password-protected");
		assertMessage(report, "geen-vragen.docx", "its text is not a question list, written answers, a question set or a letter");
	}

	private static void assertMessage(ImportReport report, String file, String expected) {
		assertTrue(report.failures().stream().anyMatch(f -> f.message().startsWith(inbox.resolve(file).toString())
				&& f.message().contains(expected)), file + ": " + report.failures());
	}

	/** A tiny file whose document part inflates a thousandfold: POI's zip-bomb guard must refuse it. */
	private static void zipBomb(Path file) throws Exception {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
					+ ".wordprocessingml.document.main+xml\"/></Types>").getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) 32);
			for (int i = 0; i < 50; i++) {
				zip.write(spaces);
			}
		}
	}

	/** A real password-protected .docx, as Word writes it (an OLE2 container with an encrypted package). */
	private static void encrypted(Path file) throws Exception {
		Path plain = inbox.resolve("plain.tmp");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(plain)) {
			document.createParagraph().createRun().setText("Vraag 1");
			document.write(out);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("geheim");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		Files.delete(plain);
	}
}
