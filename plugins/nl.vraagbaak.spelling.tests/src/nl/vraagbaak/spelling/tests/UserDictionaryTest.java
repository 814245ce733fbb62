package nl.vraagbaak.spelling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.spelling.SpellChecker;
import nl.vraagbaak.spelling.UserDictionary;

class UserDictionaryTest {
	@TempDir
	Path data;

	@Test
	void anAddedWordIsKnownAfterReopeningAndWithACapitalAtASentencesStart() throws Exception {
		UserDictionary words = UserDictionary.open(data);
		assertFalse(words.test("tapsysteemregister"));
		words.add("tapsysteemregister");
		words.add(" tapsysteemregister ");

		UserDictionary reopened = UserDictionary.open(data);
		assertEquals(Set.of("tapsysteemregister"), reopened.words());
		assertTrue(reopened.test("Tapsysteemregister"));
		assertEquals(List.of(), new SpellChecker(reopened).check("Tapsysteemregister en het tapsysteemregister."));
		assertEquals(List.of(data.resolve("dictionary.txt")), Files.list(data).toList(), "no temporary file is left");
	}

	@Test
	void aNameAddedWithItsCapitalIsNotKnownInLowerCase() throws Exception {
		UserDictionary words = UserDictionary.open(data);
		words.add("Kathmann");
		assertTrue(words.test("Kathmann"));
		assertFalse(words.test("kathmann"));
	}

	@Test
	void moreThanOneWordIsRefusedAndNothingIsWritten() throws Exception {
		UserDictionary words = UserDictionary.open(data);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> words.add("twee woorden"));
		assertTrue(e.getMessage().contains("\"twee woorden\""), e.getMessage());
		assertFalse(Files.exists(data.resolve("dictionary.txt")));
	}

	@Test
	void aListThatIsNotUtf8IsReportedWithItsFileAndLine() throws Exception {
		Files.write(data.resolve("dictionary.txt"), "goed\nfout\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		CorpusReadException e = assertThrows(CorpusReadException.class, () -> UserDictionary.open(data));
		assertTrue(e.getMessage().contains("dictionary.txt:2"), e.getMessage());
	}

	@Test
	void commentsAndBlankLinesAreNoWords() throws Exception {
		Files.writeString(data.resolve("dictionary.txt"), "# mijn woorden\n\n  geitenstop  \n");
		assertEquals(Set.of("geitenstop"), UserDictionary.open(data).words());
	}
}
