package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.zip.ZipFile;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.ExportWordPage;
import nl.vraagbaak.ui.ExportWordWizard;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * Export to Word from the editor (a draft with an already-asked question, or with words not in the word list, warns
 * first, then writes the .docx) and from
 * File > Export with the numbering and the date of submission.
 */
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
		// the question names the question marked
		String warning = "Vraag 1 is al eerder gesteld. Toch exporteren?";
		driver.waitUntil("the warning: " + warning, () -> !driver.findAll(Label.class,
				l -> l.isVisible() && l.getText().equals(warning)).isEmpty(), 60_000);
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

	@Test
	void exportAsksFirstWhenWordsAreNotInTheWordListAndNoLeavesTheDraftUnexported() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IFile draft = Drafts.create(driver, "Export", "spelling.kv", """
				Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Infrastructuur en Waterstaat over schaatsbanen.

				1. Hoeveel schaatsbanen moeten dit seizoen sluiten en wat is de naleveing van de ondertusen gemaakte afspraken?
				""");
		IFile docx = draft.getParent().getFile(IPath.fromPortableString("spelling.docx"));
		String question = "2 woorden staan niet in de woordenlijst: naleveing, ondertusen. Toch exporteren?";
		exportAndAnswer(driver, question, "Nee");
		driver.ui(() -> null); // the answer is handled before anything else on the display thread
		assertFalse(docx.exists(), "No: nothing written");
		exportAndAnswer(driver, question, "Ja");
		driver.waitUntil("spelling.docx in the dossier", () -> docx.exists() && docx.getLocation().toFile().length() > 1000);
	}

	/** Runs the editor's export command and answers its question, which must say {@code question}. */
	private static void exportAndAnswer(UiDriver driver, String question, String answer) throws Exception {
		driver.display().asyncExec(() -> {
			try {
				driver.window().getService(IHandlerService.class).executeCommand("nl.vraagbaak.ui.exportDraft", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		driver.waitUntil("the question: " + question, () -> !driver.findAll(Label.class,
				l -> l.isVisible() && l.getText().equals(question)).isEmpty(), 60_000);
		Button button = driver.findAll(Button.class, b -> b.isVisible() && b.getText().replace("&", "").equals(answer)).get(0);
		driver.ui(() -> {
			button.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		driver.waitUntil("the question answered", () -> button.isDisposed());
	}

	@Test
	void exportWizardFromFileExportWritesTheChosenNumberingAndDate() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IFile draft = Drafts.create(driver, "Export", "woningbouw.kv", """
				Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Volkshuisvesting over woningbouw.

				1. Hoeveel woningen zijn er in 2024 in Flevoland gebouwd?
				""");
		// File > Export lists the wizard; it opens on the draft in the editor, as from that dialog
		driver.display().asyncExec(() -> {
			try {
				IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportWordWizard.ID);
				IWorkbenchWizard wizard = descriptor.createWizard();
				wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
				new WizardDialog(driver.display().getActiveShell(), wizard).open();
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		Text draftField = driver.find(Text.class, ExportWordPage.FIELD_KEY, "draft");
		assertEquals("/Export/woningbouw.kv", driver.ui(draftField::getText));
		Text date = driver.find(Text.class, ExportWordPage.FIELD_KEY, "date");
		driver.focus(date);
		driver.type("31-11-2026");
		Button finish = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Finish|Voltooien")).get(0);
		driver.waitUntil("a day that does not exist keeps Finish disabled", () -> !finish.isEnabled());
		driver.ui(() -> {
			date.setText("24-11-2026"); // typed the Dutch way, day first
			return null;
		});
		Button vraag = driver.findAll(Button.class, b -> b.getText().equals("Vraag 1, Vraag 2")).get(0);
		driver.ui(() -> {
			vraag.setSelection(true);
			return null;
		});
		driver.waitUntil("Finish enabled", finish::isEnabled);
		driver.screenshot(UiDriver.screenshotDir().resolve("export-wizard.png"));
		driver.ui(() -> {
			finish.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		IFile docx = draft.getParent().getFile(IPath.fromPortableString("woningbouw.docx"));
		driver.waitUntil("woningbouw.docx in the dossier", docx::exists);
		try (ZipFile zip = new ZipFile(docx.getLocation().toFile())) {
			String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
			String numbering = new String(zip.getInputStream(zip.getEntry("word/numbering.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(document.contains("(ingezonden 24 november 2026)"), "the submission date in the heading");
			assertTrue(numbering.contains("Vraag %1"), "the chosen numbering");
		}
	}

	/** A failed step may leave a dialog or proposal list open: it must not take the next test's keys. */
	@AfterEach
	void closeDialogs() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
	}
}
