package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.RecoveryCopies;
import nl.vraagbaak.ui.CorpusView;
import nl.vraagbaak.ui.DraftEditor;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * A draft saved by someone else while it is open with unsaved typing (a colleague on a shared drive): back in its
 * editor, the question and its buttons are Dutch ("Bestand gewijzigd", "Tekst vervangen"), and replacing shows the
 * other version.
 */
class DraftChangedOutsideUITest {
	private static final String HEADING = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en "
			+ "Veiligheid over wijzigingen.\n\n";

	@Test
	void aChangeOnDiskIsOfferedInDutch() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IFile draft = Drafts.create(driver, "Gedeeld", "gedeeld.kv", HEADING + "1. Eerste versie?\n");
		// with unsaved typing, so the editor must ask (an unchanged editor simply shows the new version)
		Drafts.focusAtEnd(driver);
		driver.type("2. Nog niet opgeslagen?");
		driver.waitUntil("unsaved typing", () -> driver.window().getActivePage().getActiveEditor().isDirty());
		Path copy = driver.ui(() -> RecoveryCopies.of(draft));
		driver.waitUntil("its recovery copy", () -> Files.exists(copy));
		Path file = driver.ui(() -> draft.getLocation().toPath());
		String colleagues = HEADING + "1. Versie van een collega?\n";
		Files.writeString(file, colleagues, StandardCharsets.UTF_8);
		driver.ui(() -> {
			draft.refreshLocal(IResource.DEPTH_ZERO, null);
			// away and back, as a user who switches to the editor again
			driver.window().getActivePage().showView(CorpusView.ID);
			return null;
		});
		IWorkbenchPage page = driver.ui(() -> driver.window().getActivePage());
		driver.display().asyncExec(() -> page.activate(page.getActiveEditor()));
		driver.waitUntil("the question whether to replace", () -> !driver.findAll(Button.class,
				b -> b.getText().replace("&", "").equals("Tekst vervangen")).isEmpty());
		driver.screenshot(UiDriver.screenshotDir().resolve("changed-outside.png"));
		driver.press("Tekst vervangen");
		driver.waitUntil("the colleague's version in the editor", () -> driver.window().getActivePage()
				.getActiveEditor() instanceof DraftEditor editor && editor.document().get().equals(colleagues));
		assertEquals(colleagues, driver.ui(() -> ((DraftEditor) driver.window().getActivePage().getActiveEditor()).document().get()));
		driver.waitUntil("no recovery copy of text that was replaced on purpose", () -> !Files.exists(copy));
	}

	@AfterEach
	void cleanUp() throws Exception {
		Drafts.removeDossier(UiDriver.forWorkbench(), "Gedeeld");
	}
}
