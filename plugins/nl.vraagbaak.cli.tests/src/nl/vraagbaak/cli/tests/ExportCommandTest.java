package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.cli.Cli;

/** export and the import of Word answer documents through the command dispatcher. */
class ExportCommandTest {
	@TempDir
	Path data;

	@Test
	void exportsADraftWithTheChosenNumberingAndDate() throws Exception {
		Path target = data.resolve("vragen.docx");
		CliRunner.Result result = new CliRunner(data).run("export",
				Path.of(System.getProperty("vraagbaak.cli.fixtures", "fixtures"), "aivd-advies.kv").toString(), "-o",
				target.toString(), "--numbering", "vraag", "--date", "2025-11-13");
		assertEquals(Cli.OK, result.exit(), result.err());
		assertTrue(result.out().contains("exported 2 questions"), result.out());
		try (ZipFile zip = new ZipFile(target.toFile())) {
			String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes());
			assertTrue(document.contains("(ingezonden 13 november 2025)."), document);
			String numbering = new String(zip.getInputStream(zip.getEntry("word/numbering.xml")).readAllBytes());
			assertTrue(numbering.contains("Vraag %1"), numbering);
		}
	}

	@Test
	void aDraftWithErrorsIsNotExported(@TempDir Path drafts) throws Exception {
		Path draft = drafts.resolve("kapot.kv");
		Files.writeString(draft, "Geen kop.\n\n1. Vraag? [3]\n");
		Path target = drafts.resolve("kapot.docx");
		CliRunner.Result result = new CliRunner(data).run("export", draft.toString(), "-o", target.toString());
		assertEquals(Cli.PARTIAL, result.exit());
		assertTrue(result.err().contains(draft + ":1: error: missing heading"), result.err());
		assertTrue(result.err().contains("nothing was written"), result.err());
		assertFalse(Files.exists(target));
		assertEquals(Cli.USAGE, new CliRunner(data).run("export", draft.toString()).exit(), "no -o");
		assertEquals(Cli.USAGE, new CliRunner(data).run("export", draft.toString(), "-o", "x.docx", "--numbering", "roman").exit());
	}

	@Test
	void importsAWordAnswerDocument(@TempDir Path inbox) throws Exception {
		Path docx = Files.list(Path.of(System.getProperty("vraagbaak.cli.fixtures", "fixtures")).getParent()
				.resolveSibling("nl.vraagbaak.docx.tests").resolve("fixtures/answer-docx"))
				.filter(p -> p.getFileName().toString().contains("Eerdmans")).findFirst().orElseThrow();
		CliRunner.Result result = new CliRunner(data).run("import", docx.toString());
		assertEquals(Cli.OK, result.exit(), result.err());
		assertTrue(result.out().contains("written answers, 3 passages"), result.out());
	}
}
