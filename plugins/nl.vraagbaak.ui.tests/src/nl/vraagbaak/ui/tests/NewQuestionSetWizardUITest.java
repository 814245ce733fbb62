package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.QuestionSetPage;
import nl.vraagbaak.ui.DraftEditor;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * The new-question-set wizard, opened from File > New and filled in with real key events: it creates the dossier and
 * the draft's heading.
 */
class NewQuestionSetWizardUITest {

	@Test
	void createsADossierAndADraftWithItsHeading() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.menu("Bestand", "Nieuw", "Vragenset");
		fill(driver, "dossier", "Detectiebevel");
		fill(driver, "file", "eerste-vragen");
		fill(driver, "askers", "Kathmann (GroenLinks-PvdA), Six Dijkstra (NSC)");
		fill(driver, "subject", "het detectiebevel in het Deense voorstel");
		driver.screenshot(UiDriver.screenshotDir().resolve("wizard.png"));
		Button finish = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Finish|Voltooien")).get(0);
		driver.waitUntil("Finish enabled", finish::isEnabled);
		driver.ui(() -> {
			finish.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		IFile draft = ResourcesPlugin.getWorkspace().getRoot().getProject("Detectiebevel").getFile("eerste-vragen.kv");
		driver.waitUntil("the draft in the dossier", draft::exists);
		assertEquals("Vragen van de leden Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) aan de minister van Justitie "
				+ "en Veiligheid over het detectiebevel in het Deense voorstel.\n\n1. \n",
				new String(draft.getContents().readAllBytes(), StandardCharsets.UTF_8));
		// other tests' drafts may be open too: ask the editor the wizard opened
		driver.waitUntil("the caret after \"1. \", ready for the first question", () -> {
			if (!(driver.window().getActivePage().getActiveEditor() instanceof DraftEditor editor)
					|| !draft.equals(editor.getEditorInput().getAdapter(IFile.class))) {
				return false;
			}
			StyledText text = (StyledText) editor.getAdapter(Control.class);
			return text.getCaretOffset() == text.getText().indexOf("\n1. ") + 4;
		});
	}

	private static void fill(UiDriver driver, String field, String value) throws Exception {
		Text target = driver.find(Text.class, QuestionSetPage.FIELD_KEY, field);
		driver.ui(() -> {
			target.setText("");
			return null;
		});
		driver.focus(target);
		driver.type(value);
		driver.waitUntil("typed into " + field, () -> target.getText().equals(value));
	}

	/** A failed step may leave a dialog or proposal list open: it must not take the next test's keys. */
	@AfterEach
	void closeDialogs() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
	}
}
