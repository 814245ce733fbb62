package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.internal.ui.UiPreferences;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.ui.DraftEditor;
import nl.vraagbaak.ui.VraagbaakUi;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * The preference page: the sensitivity is validated, applied to the detector, the export numbering is chosen, and the
 * workbench language is stored where the launcher reads it, with a restart offered; spelling is switched off and on
 * in open drafts at once.
 */
class PreferencesUITest {

	@Test
	void sensitivityIsValidatedAndApplied() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		assertEquals(AlreadyAsked.DEFAULT_THRESHOLD, UiPreferences.threshold());
		Shell shell = driver.ui(() -> driver.window().getShell());
		// the dialog is modal: open it later on the display thread and drive it from here
		driver.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(shell, "nl.vraagbaak.ui.preferences",
				null, null).open());
		driver.waitUntil("the sensitivity field", () -> !driver.findAll(Text.class, t -> t.getText().equals("0.385")).isEmpty());
		Text sensitivity = driver.findAll(Text.class, t -> t.getText().equals("0.385")).get(0);
		Button apply = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Apply and Close|Toepassen en sluiten")).get(0);

		driver.ui(() -> {
			sensitivity.setText("");
			return null;
		});
		driver.focus(sensitivity);
		driver.type("1.5");
		driver.waitUntil("an invalid value blocks the page", () -> !apply.isEnabled());
		driver.screenshot(UiDriver.screenshotDir().resolve("preferences-invalid.png"));

		driver.ui(() -> {
			sensitivity.setText("");
			return null;
		});
		driver.type("0.5");
		driver.waitUntil("a valid value enables the page", apply::isEnabled);
		Button vraag = driver.findAll(Button.class, b -> b.getText().equals("Vraag 1, Vraag 2")).get(0);
		driver.ui(() -> {
			vraag.setSelection(true);
			vraag.notifyListeners(SWT.Selection, new Event());
			apply.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		driver.waitUntil("the dialog closed", () -> apply.isDisposed());
		assertEquals(0.5, UiPreferences.threshold());
		assertEquals(NumberingStyle.VRAAG, UiPreferences.numbering());
		assertFalse(driver.ui(() -> driver.window().getShell().isDisposed()));
	}

	@Test
	void choosingEnglishIsStoredForTheLauncherAndOffersARestart() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		assertEquals("nl", UiPreferences.language());
		Shell shell = driver.ui(() -> driver.window().getShell());
		driver.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(shell, "nl.vraagbaak.ui.preferences",
				null, null).open());
		driver.waitUntil("the language choice", () -> !driver.findAll(Button.class, b -> b.getText().equals("English")).isEmpty());
		Button english = driver.findAll(Button.class, b -> b.getText().equals("English")).get(0);
		Button apply = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Apply and Close|Toepassen en sluiten")).get(0);
		driver.ui(() -> {
			english.setSelection(true);
			english.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		// Apply asks whether to restart now, in a modal question: press it later and answer from here
		driver.display().asyncExec(() -> apply.notifyListeners(SWT.Selection, new Event()));
		driver.waitUntil("the restart question", () -> !driver.findAll(Button.class,
				b -> b.getText().replace("&", "").matches("No|Nee") && b.isVisible()).isEmpty());
		driver.screenshot(UiDriver.screenshotDir().resolve("preferences-language-restart.png"));
		Button no = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("No|Nee") && b.isVisible()).get(0);
		driver.ui(() -> {
			no.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		driver.waitUntil("the dialog closed", () -> apply.isDisposed());
		assertEquals("en", UiPreferences.language());
		// the launcher reads the choice from this file at the next start (see the vraagbaak script)
		Path prefs = Path.of(Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/nl.vraagbaak.ui.prefs");
		assertTrue(Files.readAllLines(prefs).contains("language=en"), prefs.toString());
		assertFalse(driver.ui(() -> driver.window().getShell().isDisposed()), "no restart when the user said no");
	}

	@Test
	void turningSpellingOffTakesTheMarksOffOpenDraftsAtOnceAndOnBringsThemBack() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Drafts.create(driver, "Voorkeuren", "spelling-aan-uit.kv", "Vragen van het lid Kathmann (GroenLinks-PvdA) aan "
				+ "de minister van Justitie en Veiligheid over chatcontrole.\n\n1. Wat is de naleveing van de regels?\n");
		DraftEditor editor = driver.ui(() -> (DraftEditor) driver.window().getActivePage().getActiveEditor());
		driver.waitUntil("the unknown word marked", () -> driver.ui(() -> Drafts.spellingMarks(editor)).equals(List.of("naleveing")),
				60_000);

		Shell shell = driver.ui(() -> driver.window().getShell());
		driver.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(shell, "nl.vraagbaak.ui.preferences",
				null, null).open());
		String label = "Spelling van concepten controleren (Nederlands)";
		driver.waitUntil("the spelling switch", () -> !driver.findAll(Button.class, b -> b.getText().equals(label)).isEmpty());
		Button spelling = driver.findAll(Button.class, b -> b.getText().equals(label)).get(0);
		assertTrue(driver.ui(spelling::getSelection), "on by default");
		Button apply = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Apply and Close|Toepassen en sluiten")).get(0);
		driver.ui(() -> {
			spelling.setSelection(false);
			spelling.notifyListeners(SWT.Selection, new Event());
			apply.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		driver.waitUntil("the dialog closed", () -> apply.isDisposed());
		assertFalse(UiPreferences.spelling());
		driver.waitUntil("no marks without typing", () -> driver.ui(() -> Drafts.spellingMarks(editor)).isEmpty());

		InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).putBoolean(UiPreferences.SPELLING, true);
		driver.waitUntil("the mark back without typing",
				() -> driver.ui(() -> Drafts.spellingMarks(editor)).equals(List.of("naleveing")));
		Drafts.removeDossier(driver, "Voorkeuren");
	}

	/** The other UI tests share this workspace: they expect the defaults. */
	@AfterEach
	void restoreDefaults() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
		var node = InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID);
		node.remove(UiPreferences.THRESHOLD);
		node.remove(UiPreferences.NUMBERING);
		node.remove(UiPreferences.LANGUAGE);
		node.remove(UiPreferences.SPELLING);
		node.flush();
	}
}
