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

	/** What the workbench asks about before its export, said on stderr; the export is written all the same. */
	@Test
	void warnsAboutAlreadyAskedQuestionsAndUnknownWordsAndStillExports(@TempDir Path drafts) throws Exception {
		Path draft = drafts.resolve("advies.kv");
		String text = """
				Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.

				1. Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?

				2. Wat is de naleveing van de afspraken over schaatsbanen?
				""";
		Files.writeString(draft, text);
		Path target = drafts.resolve("advies.docx");
		CliRunner.Result result = new CliRunner(data).run("export", draft.toString(), "-o", target.toString());
		assertEquals(Cli.OK, result.exit(), result.err());
		assertTrue(Files.size(target) > 1000);
		assertTrue(result.err().contains("vraagbaak export: warning: question 1 was already asked: Antwoord van minister Van Oosten"),
				result.err());
		assertFalse(result.err().contains("question 2 was already asked"), result.err());
		assertTrue(result.err().contains("vraagbaak export: warning: 1 word(s) not in the word list: naleveing"), result.err());

		// ignored for this draft, as the quick fix writes it: no longer a warning
		Files.writeString(draft, text + "\n% negeer: 004_7b21e46fa3f5df7d.txt#8\n");
		CliRunner.Result ignored = new CliRunner(data).run("export", draft.toString(), "-o", target.toString());
		assertFalse(ignored.err().contains("question 1 was already asked: Antwoord van minister Van Oosten"), ignored.err());
	}

	@Test
	void aDraftWithErrorsIsNotExported(@TempDir Path drafts) throws Exception {
		Path draft = drafts.resolve("kapot.kv");
		Files.writeString(draft, "Geen kop.\n\n1. Vraag? [3]\n");
		Path target = drafts.resolve("kapot.docx");
		CliRunner.Result result = new CliRunner(data).run("export", draft.toString(), "-o", target.toString());
		assertEquals(Cli.PARTIAL, result.exit());
		assertTrue(result.err().contains(draft + ":1: error: missing heading"), result.err());
		// with the workbench's quick fix for it
		assertTrue(result.err().contains(draft + ":3: error: footnote [3] is referenced but not defined; add a line \"[3] "
				+ "<bron>\" after the questions (fix: Add footnote [3] after the questions)"), result.err());
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
