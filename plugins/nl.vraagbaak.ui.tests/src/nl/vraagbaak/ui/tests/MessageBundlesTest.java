package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;

/**
 * Every user-visible text exists in Dutch (the default) and English: the message bundles of the workbench and the
 * application, and the plugin.xml labels, have the same keys in both languages, every %key in plugin.xml is defined,
 * and the English texts are translations, not copies.
 */
class MessageBundlesTest {
	private static final Pattern PLUGIN_KEY = Pattern.compile("\"%([\\w.]+)\"|>%([\\w.]+)<");

	@ParameterizedTest
	@CsvSource({ "nl.vraagbaak.ui, src/nl/vraagbaak/internal/ui/messages", "nl.vraagbaak.app, src/nl/vraagbaak/app/messages",
			"nl.vraagbaak.ui, plugin", "nl.vraagbaak.app, plugin" })
	void dutchAndEnglishHaveTheSameKeys(String bundleName, String baseName) throws Exception {
		Bundle bundle = Platform.getBundle(bundleName);
		Properties dutch = load(bundle, baseName + ".properties");
		Properties english = load(bundle, baseName + "_en.properties");
		assertFalse(dutch.isEmpty(), baseName);
		assertEquals(new TreeSet<>(dutch.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()),
				bundleName + "/" + baseName + ": keys differ between Dutch and English");
		long translated = dutch.stringPropertyNames().stream().filter(k -> !dutch.getProperty(k).equals(english.getProperty(k))).count();
		assertTrue(translated >= dutch.size() / 2, bundleName + "/" + baseName + ": most English texts equal the Dutch");
	}

	@ParameterizedTest
	@CsvSource({ "nl.vraagbaak.ui", "nl.vraagbaak.app" })
	void everyPluginXmlLabelIsDefined(String bundleName) throws Exception {
		Bundle bundle = Platform.getBundle(bundleName);
		String pluginXml;
		try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
			pluginXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Set<String> used = new TreeSet<>();
		Matcher m = PLUGIN_KEY.matcher(pluginXml);
		while (m.find()) {
			used.add(m.group(1) != null ? m.group(1) : m.group(2));
		}
		assertFalse(used.isEmpty());
		Properties dutch = load(bundle, "plugin.properties");
		used.removeAll(dutch.stringPropertyNames());
		assertTrue(used.isEmpty(), bundleName + "/plugin.xml uses undefined keys " + used);
	}

	/** A count says "1 resultaat" and "2033 resultaten", never "1 resultaten" or "2.033". */
	@Test
	void countsSayOneAndMany() throws Exception {
		Properties dutch = load(Platform.getBundle("nl.vraagbaak.ui"), "src/nl/vraagbaak/internal/ui/messages.properties");
		String results = dutch.getProperty("Search_results");
		assertEquals("Geen resultaten voor \"x\"", MessageFormat.format(results, 0, "x"));
		assertEquals("1 resultaat voor \"x\"", MessageFormat.format(results, 1, "x"));
		assertEquals("2033 resultaten voor \"x\"", MessageFormat.format(results, 2033, "x"));
		String earlier = dutch.getProperty("EarlierAnswers_forQuestion");
		assertEquals("Vraag 3: 1 eerder antwoord", MessageFormat.format(earlier, 3, 1));
		assertEquals("Vraag 3: 10 eerdere antwoorden", MessageFormat.format(earlier, 3, 10));
		assertEquals("1 document (1 passage) geïmporteerd, 0 overgeslagen, 0 mislukt.",
				MessageFormat.format(dutch.getProperty("Import_summary"), 1, 1, 0, 0));
		assertEquals("2033 passages", MessageFormat.format(dutch.getProperty("CorpusView_passages"), 2033));
		assertEquals("1200 documenten (2033 passages) opgeslagen, 0 verwijderd, 1500 ongewijzigd, 0 overgeslagen, 0 mislukt.",
				MessageFormat.format(dutch.getProperty("Sync_summary"), 1200, 2033, 0, 1500, 0, 0));
		assertEquals("Vraag 1 is al eerder gesteld. Toch exporteren?",
				MessageFormat.format(dutch.getProperty("Export_flagged"), 1, "1"));
		assertEquals("De vragen 1 en 3 zijn al eerder gesteld. Toch exporteren?",
				MessageFormat.format(dutch.getProperty("Export_flagged"), 2, "1 en 3"));
		assertEquals("Het woord naleveing staat niet in de woordenlijst. Toch exporteren?",
				MessageFormat.format(dutch.getProperty("Export_unknownWords"), 1, "naleveing"));
		assertEquals("Dossier Chatcontrole met 1 concept verwijderen? Dit kan niet ongedaan worden gemaakt.",
				MessageFormat.format(dutch.getProperty("Dossiers_deleteDossier"), "Chatcontrole", 1));
	}

	private static Properties load(Bundle bundle, String path) throws Exception {
		URL entry = bundle.getEntry(path);
		if (entry == null) {
			// NLS bundles are compiled into the bundle's class folder
			entry = bundle.getEntry(path.replaceFirst("^src/", ""));
		}
		assertNotNull(entry, bundle.getSymbolicName() + " has no " + path);
		Properties properties = new Properties();
		try (InputStream in = entry.openStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
