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

/** Every text the headless bundles hand to the workbench is there in English and in Dutch, and each one formats. */
class MessageFilesTest {
	@ParameterizedTest
	@ValueSource(strings = { "nl/vraagbaak/core/draft/messages", "nl/vraagbaak/core/read/messages" })
	void everyMessageIsSaidInBothLanguages(String base) throws Exception {
		Properties english = load(base + ".properties");
		Properties dutch = load(base + "_nl.properties");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(dutch.stringPropertyNames()));
		for (String key : english.stringPropertyNames()) {
			LocalizedText text = LocalizedText.of(base.replace('/', '.'), key, "7", "8", "9");
			String said = text.in(Locale.forLanguageTag("nl-NL"));
			assertTrue(!said.isBlank() && !said.equals(text.text()), key + ": " + said);
			assertTrue(!said.contains("{") && !text.text().contains("{"), key + " has an argument it cannot fill: " + said);
		}
	}

	private static Properties load(String resource) throws Exception {
		try (InputStream in = LocalizedText.class.getClassLoader().getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}
}
