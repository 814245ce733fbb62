package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.RecoveryCopies;
import nl.vraagbaak.ui.DraftEditor;
import nl.vraagbaak.ui.WorkspaceDossiers;
import nl.vraagbaak.ui.testing.UiDriver;

/** Unsaved typing is copied for recovery, offered when the draft is opened again, and removed on save. */
class RecoveryUITest {
	private static final String SAVED = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en "
			+ "Veiligheid over herstel.\n\n1. Opgeslagen vraag?\n";

	@Test
	void unsavedTypingIsKeptOfferedAndClearedOnSave() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IFile draft = Drafts.create(driver, "Herstel", "herstel.kv", SAVED);
		StyledText text = Drafts.focusAtEnd(driver);
		driver.type("2. Niet opgeslagen vraag?");
		Path copy = driver.ui(() -> RecoveryCopies.of(draft));
		driver.waitUntil("the recovery copy", () -> Files.exists(copy) && Files.readString(copy).endsWith("Niet opgeslagen vraag?"));
		String unsaved = Files.readString(copy);

		// a crash: the editor is gone without being saved or disposed, so its recovery copy stays behind
		driver.ui(() -> driver.window().getActivePage().closeAllEditors(false));
		assertFalse(Files.exists(copy), "closing without saving on purpose discards the copy");
		Files.writeString(copy, unsaved);
		assertEquals(SAVED, new String(draft.getContents().readAllBytes(), StandardCharsets.UTF_8));
		driver.display().asyncExec(() -> {
			try {
				IDE.openEditor(driver.window().getActivePage(), draft, DraftEditor.ID);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		driver.waitUntil("the offer to recover", () -> !driver.findAll(Button.class,
				b -> b.getText().replace("&", "").matches("Yes|Ja")).isEmpty());
		driver.screenshot(UiDriver.screenshotDir().resolve("recovery-offer.png"));
		List<Button> yes = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Yes|Ja"));
		driver.ui(() -> {
			yes.get(0).notifyListeners(SWT.Selection, new Event());
			return null;
		});
		StyledText reopened = driver.find(StyledText.class, DraftEditor.TEXT_KEY);
		driver.waitUntil("the recovered text in the editor", () -> !reopened.isDisposed() && reopened.getText().equals(unsaved));

		driver.focus(reopened);
		driver.key('s', 0, SWT.CTRL);
		driver.waitUntil("the draft saved", () -> !driver.window().getActivePage().getActiveEditor().isDirty());
		assertFalse(Files.exists(copy), "a save removes the recovery copy");
	}

	/**
	 * A crash soon after a dossier was made: its folder and draft are on disk, the workspace never recorded them (or
	 * recorded the dossier closed), and the draft's unsaved text is in a recovery copy. At start-up the folder is
	 * taken in, the closed dossier opened and the draft opened, with the offer to recover.
	 */
	@Test
	void afterACrashAnUnrecordedDossierIsTakenInAndItsUnsavedDraftOffered() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Path folder = driver.ui(() -> ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()).resolve("Na de crash");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("vragen.kv"), SAVED);
		Path copy = driver.ui(() -> RecoveryCopies.of(ResourcesPlugin.getWorkspace().getRoot().getProject("Na de crash")
				.getFile("vragen.kv")));
		Files.createDirectories(copy.getParent());
		Files.writeString(copy, SAVED + "\n2. Nog niet opgeslagen?\n");

		IProject closed = driver.ui(() -> {
			IProject dossier = ResourcesPlugin.getWorkspace().getRoot().getProject("Gesloten");
			dossier.create(null); // recorded when made, closed: as a dossier made just before a crash comes back
			return dossier;
		});
		IProject gone = driver.ui(() -> {
			IProject dossier = ResourcesPlugin.getWorkspace().getRoot().getProject("Met de hand verwijderd");
			dossier.create(null);
			dossier.open(null);
			// the workspace writes a new project's encoding into .settings, not always at once: in one run it wrote
			// it after the deletion below, which brought the folder back
			dossier.setDefaultCharset(StandardCharsets.UTF_8.name(), null);
			return dossier;
		});
		Path goneFolder = driver.ui(() -> gone.getLocation().toPath());
		driver.waitUntil("the new dossier's encoding written", () -> Files.exists(
				goneFolder.resolve(".settings").resolve(ResourcesPlugin.PI_RESOURCES + ".prefs")));
		try (Stream<Path> files = Files.walk(goneFolder)) { // by hand, behind the workspace's back
			for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}

		assertEquals(List.of("Gesloten", "Na de crash"), driver.ui(() -> WorkspaceDossiers.openDossiers(ResourcesPlugin.getWorkspace())));
		assertTrue(closed.isOpen());
		assertFalse(gone.exists(), "a dossier whose folder was deleted by hand is forgotten");
		IFile draft = driver.ui(() -> ResourcesPlugin.getWorkspace().getRoot().getProject("Na de crash").getFile("vragen.kv"));
		assertTrue(draft.exists(), "the draft of the folder taken in");
		assertEquals(List.of(), driver.ui(() -> WorkspaceDossiers.openDossiers(ResourcesPlugin.getWorkspace())),
				"a dossier is taken in once");

		driver.display().asyncExec(() -> {
			try {
				WorkspaceDossiers.openDraftsWithRecoveryCopies(driver.window().getActivePage());
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		driver.press("Ja"); // the offer to recover
		driver.waitUntil("the recovered text in the draft's editor", () -> driver.window().getActivePage()
				.getActiveEditor() instanceof DraftEditor editor && draft.equals(editor.file())
				&& editor.document().get().endsWith("2. Nog niet opgeslagen?\n"));
		driver.ui(() -> {
			driver.window().getActivePage().closeAllEditors(false);
			ResourcesPlugin.getWorkspace().getRoot().getProject("Na de crash").delete(true, null);
			closed.delete(true, null);
			return null;
		});
	}
}
