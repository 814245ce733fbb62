package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.ui.testing.UiDriver;

/**
 * With a draft open, the menus hold what staff writing questions use, not the text editor's commands for
 * programmers (they came with Eclipse's text editor and IDE bundles).
 */
class MenusUITest {
	private static final Set<String> FOR_PROGRAMMERS = Set.of("Blokselectie aan/uit", "Naar meervoudige selectie",
			"Uitleg bij de cursor tonen", "Woord aanvullen", "Stapsgewijs zoeken, volgende", "Stapsgewijs zoeken, vorige",
			"Tekenset instellen...", "Regeleinden omzetten naar", "Projecten openen uit het bestandssysteem...",
			"Show Active Keybindings...");

	@Test
	void programmerCommandsAreNotInTheMenus() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Drafts.openOneQuestion(driver, "Menus");
		assertEquals(List.of(), driver.allMenuLabels().stream().filter(FOR_PROGRAMMERS::contains).toList());
		List<String> edit = driver.menuLabels("Bewerken");
		assertTrue(edit.containsAll(List.of("Zoeken/vervangen...", "Volgende zoeken", "Vorige zoeken", "Snelle oplossing",
				"Zoeken in eerdere antwoorden", "Voetnoot toevoegen")), edit.toString());
	}
}
