package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.opendata.testing.FakeOpenDataService;
import nl.vraagbaak.opendata.testing.FakeOpenDataService.Answer;

/**
 * {@code vraagbaak sync} against a local stand-in for the open-data service: the answers it stores are found by
 * search at once, what failed is named on stderr, and a service that cannot be reached is said plainly.
 */
class SyncCommandTest {
	private static final String CHAT_CONTROL_ID = "e2a9c4f7-1b5d-4e8a-a3c6-8f0d2b4e6a84";

	@TempDir
	Path data;
	private FakeOpenDataService service;

	@BeforeEach
	void start() throws IOException {
		service = new FakeOpenDataService();
		service.answers = request -> {
			if (request.contains("Document(" + CHAT_CONTROL_ID + ")/resource")) {
				return Answer.file("application/pdf", Path.of(System.getProperty("vraagbaak.pdf.fixtures"), "antwoorden-004.pdf"));
			}
			if (request.contains("/resource")) {
				return Answer.status(404);
			}
			return service.page(Path.of(System.getProperty("vraagbaak.opendata.fixtures"), "answers-page-2.json"));
		};
	}

	@AfterEach
	void stop() throws IOException {
		service.close();
	}

	@Test
	void aSyncStoresTheAnswersSearchFindsThemAndWhatFailedIsNamed() throws Exception {
		CliRunner runner = new CliRunner(data);
		// the PDF served is seed 004's text, which the sync would skip as already in the corpus
		assertEquals(Cli.OK, runner.run("remove", "004_7b21e46fa3f5df7d.txt").exit());

		CliRunner.Result sync = runner.run("sync", "--service", service.base());

		assertEquals(Cli.PARTIAL, sync.exit(), sync.err());
		assertTrue(sync.out().contains("stored tk-2025D51234.pdf: written answers, 10 passages"), sync.out());
		assertTrue(sync.out().contains("1 stored, 0 removed, 0 unchanged, 0 skipped, 1 failed; up to date with the changes"
				+ " of 2025-11-22"), sync.out());
		assertTrue(sync.err().contains("vraagbaak sync: 2025D40007 (Antwoord schriftelijke vragen): ")
				&& sync.err().contains("HTTP 404"), sync.err());
		String hits = runner.run("search", "advies AIVD Deense compromisvoorstel", "--json").out();
		assertTrue(hits.contains("\"source\" : \"tk-2025D51234.pdf\"") && hits.contains("Antwoord op vragen van het lid"
				+ " Kathmann over Europese ontwikkelingen rondom chatcontrole"), hits);

		JsonNode again = new ObjectMapper().readTree(runner.run("sync", "--service", service.base(), "--json").out());
		assertEquals(1, again.get("unchanged").asInt(), again.toString());
		assertEquals(0, again.get("stored").size());
		assertEquals("2025D40007", again.get("failed").get(0).get("document").asText());
		String reason = again.get("failed").get(0).get("reason").asText();
		assertTrue(reason.startsWith("2025D40007 (Antwoord schriftelijke vragen): ") && reason.contains("HTTP 404"), reason);
	}

	@Test
	void aServiceThatCannotBeReachedIsSaidPlainly() throws Exception {
		CliRunner.Result sync;
		try (FakeOpenDataService.Unreachable nobody = new FakeOpenDataService.Unreachable()) {
			sync = new CliRunner(data).run("sync", "--service", nobody.base(), "--since", "1-1-2025");
		}

		assertEquals(Cli.PARTIAL, sync.exit());
		assertTrue(sync.err().contains("vraagbaak sync: stopped / gestopt: cannot reach 127.0.0.1"), sync.err());
		assertTrue(sync.out().contains("0 stored, 0 removed, 0 unchanged, 0 skipped, 0 failed"), sync.out());
	}

	@Test
	void aSinceThatIsNoDateIsAUsageError() {
		CliRunner.Result sync = new CliRunner(data).run("sync", "--since", "gisteren");

		assertEquals(Cli.USAGE, sync.exit());
		assertTrue(sync.err().contains("--since takes a date"), sync.err());
	}
}
