package nl.vraagbaak.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.spelling.SpellingAnnotation;

import nl.vraagbaak.ui.DraftEditor;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * Test drafts: a dossier with one draft, opened alone in the draft editor with the caret at the end; the words the
 * editor marks as misspelt.
 */
final class Drafts {
	private Drafts() {
	}

	static IFile create(UiDriver driver, String dossierName, String fileName, String text) throws Exception {
		return driver.ui(() -> {
			driver.window().getActivePage().closeAllEditors(false); // another test's draft must not take the keys
			IProject dossier = ResourcesPlugin.getWorkspace().getRoot().getProject(dossierName);
			if (!dossier.exists()) {
				dossier.create(null);
			}
			dossier.open(null);
			IFile file = dossier.getFile(fileName);
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
			IDE.openEditor(driver.window().getActivePage(), file, DraftEditor.ID);
			return file;
		});
	}

	/** A draft of one question in a dossier of its own, open in the editor with the caret at the end. */
	static void openOneQuestion(UiDriver driver, String dossierName) throws Exception {
		create(driver, dossierName, "vragen.kv", "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van "
				+ "Justitie en Veiligheid over " + dossierName + ".\n\n1. Hoe gaat het?\n");
		focusAtEnd(driver);
	}

	/** After a test: no dialog or editor left open, and the test's dossier gone with its drafts. */
	static void removeDossier(UiDriver driver, String dossierName) throws Exception {
		driver.closeDialogs();
		driver.ui(() -> {
			driver.window().getActivePage().closeAllEditors(false);
			ResourcesPlugin.getWorkspace().getRoot().getProject(dossierName).delete(true, null);
			return null;
		});
	}

	/** The open editor's text, focused, with the caret at the end, ready for typing. */
	static StyledText focusAtEnd(UiDriver driver) throws Exception {
		StyledText text = driver.find(StyledText.class, DraftEditor.TEXT_KEY);
		driver.focus(text);
		driver.ui(() -> {
			text.setCaretOffset(text.getCharCount());
			return null;
		});
		return text;
	}

	/** Puts the caret {@code into} characters into the first {@code word} of the editor's text, as a click would. */
	static void caretAt(UiDriver driver, StyledText text, String word, int into) throws Exception {
		driver.ui(() -> {
			text.setCaretOffset(text.getText().indexOf(word) + into);
			return null;
		});
	}

	/** The words the editor marks as misspelt, in text order. */
	static List<String> spellingMarks(DraftEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		List<Position> positions = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof SpellingAnnotation) {
				positions.add(model.getPosition(a));
			}
		});
		positions.sort(Comparator.comparingInt(Position::getOffset));
		return positions.stream().map(p -> text.substring(p.getOffset(), p.getOffset() + p.getLength())).toList();
	}
}
