package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import nl.vraagbaak.ui.VraagbaakUi;
import nl.vraagbaak.ui.testing.UiDriver;

/** The preference page: the sensitivity is validated, applied to the detector, and the export numbering is chosen. */
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

	/** The other UI tests share this workspace: they expect the defaults. */
	@AfterEach
	void restoreDefaults() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID);
		node.remove(UiPreferences.THRESHOLD);
		node.remove(UiPreferences.NUMBERING);
		node.flush();
	}
}
