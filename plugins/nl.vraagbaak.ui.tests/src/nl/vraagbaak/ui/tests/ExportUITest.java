package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.ui.testing.UiDriver;

/** Export to Word from the editor: a draft with an already-asked question warns first, then writes the .docx. */
class ExportUITest {
	private static final String DRAFT = """
			Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over het advies van de AIVD.

			1. Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?
			""";

	@Test
	void exportWarnsAboutAlreadyAskedQuestionsAndWritesTheDocx() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IFile draft = Drafts.create(driver, "Export", "export.kv", DRAFT);
		driver.waitUntil("the already-asked marker", () -> draft.findMarkers("nl.vraagbaak.ui.alreadyAsked", false,
				IResource.DEPTH_ZERO).length == 1, 60_000);
		// the command opens a modal question: run it later on the display thread and answer it from here
		driver.display().asyncExec(() -> {
			try {
				driver.window().getService(IHandlerService.class).executeCommand("nl.vraagbaak.ui.exportDraft", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		driver.waitUntil("the warning about already-asked questions", () -> List.of(driver.display().getShells()).stream()
				.anyMatch(s -> s.isVisible() && (s.getText().equals("Export to Word") || s.getText().equals("Exporteren naar Word"))));
		driver.screenshot(UiDriver.screenshotDir().resolve("export-warning.png"));
		Button yes = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Yes|Ja")).get(0);
		driver.ui(() -> {
			yes.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		IFile docx = draft.getParent().getFile(IPath.fromPortableString("export.docx"));
		driver.waitUntil("export.docx in the dossier", () -> docx.exists() && docx.getLocation().toFile().length() > 1000);
		assertTrue(docx.getLocation().toFile().length() > 1000);
	}
}
