package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.vraagbaak.core.LocalizedText;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.read.CorpusFormats;

/** Every text the headless bundles hand to the workbench is there in English and in Dutch, and each one formats. */
class MessageFilesTest {
	@ParameterizedTest
	@ValueSource(classes = { DraftFormat.class, CorpusFormats.class })
	void everyMessageIsSaidInBothLanguages(Class<?> owner) throws Exception {
		check(owner);
	}

	/** Every key in both files, and each said differently in Dutch, with every argument filled. */
	static void check(Class<?> owner) throws Exception {
		String base = owner.getPackageName().replace('.', '/') + "/messages";
		Properties english = load(owner, base + ".properties");
		Properties dutch = load(owner, base + "_nl.properties");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(dutch.stringPropertyNames()));
		for (String key : english.stringPropertyNames()) {
			LocalizedText text = LocalizedText.of(owner, key, "7", "8", "9");
			String said = text.in(Locale.forLanguageTag("nl-NL"));
			assertTrue(!said.isBlank() && !said.equals(text.text()), key + ": " + said);
			assertTrue(!said.contains("{") && !text.text().contains("{"), key + " has an argument it cannot fill: " + said);
		}
	}

	private static Properties load(Class<?> owner, String resource) throws Exception {
		try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}
}
