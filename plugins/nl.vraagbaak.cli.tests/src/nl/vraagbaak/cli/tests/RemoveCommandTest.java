package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.cli.Cli;

/** {@code vraagbaak remove}: a document out of the corpus and out of the search results; an unknown one reported. */
class RemoveCommandTest {
	private static final String ENCRYPTION_LETTER = "003_d79323f239d0a9a4.txt";

	@TempDir
	Path data;

	@Test
	void aRemovedDocumentIsNoLongerListedOrFound() throws Exception {
		CliRunner runner = new CliRunner(data);
		assertTrue(runner.run("search", "versleuteling", "--json").out().contains(ENCRYPTION_LETTER));

		CliRunner.Result removed = runner.run("remove", ENCRYPTION_LETTER, "onbekend.txt");
		assertEquals(Cli.PARTIAL, removed.exit(), removed.err());
		assertTrue(removed.out().contains("removed " + ENCRYPTION_LETTER) && removed.out().contains("1 removed, 1 failed"),
				removed.out());
		assertTrue(removed.err().contains("no document 'onbekend.txt' in the corpus"), removed.err());

		JsonNode corpus = new ObjectMapper().readTree(runner.run("corpus", "--json").out());
		assertEquals(4, corpus.size());
		corpus.forEach(row -> assertTrue(!row.get("source").asText().equals(ENCRYPTION_LETTER)));
		String hits = runner.run("search", "versleuteling", "--json").out();
		assertTrue(!hits.contains(ENCRYPTION_LETTER), hits);
	}
}
