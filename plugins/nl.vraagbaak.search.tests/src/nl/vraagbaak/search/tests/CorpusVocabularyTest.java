package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.search.CorpusVocabulary;
import nl.vraagbaak.search.PassageIndex;

/** The words the spelling check takes from the corpus, on the seeds. */
class CorpusVocabularyTest {
	@TempDir
	Path data;

	@Test
	void aWordOfSeveralPassagesIsUsedInAnyInflectionAndASlipMadeOnceIsNot() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			CorpusVocabulary vocabulary = new CorpusVocabulary(index);
			assertTrue(vocabulary.test("tussenhandeldiensten"));
			assertTrue(vocabulary.test("tussenhandeldienst"));
			assertTrue(vocabulary.test("hostingdiensten"));
			assertTrue(vocabulary.test("detectiebevelen"));
			// "Verpreiders van kinderporno ..." in the answer to question 4 of 001: one passage
			assertFalse(vocabulary.test("Verpreiders"));
			assertFalse(vocabulary.test("kamervargen"));
		}
	}
}
