package nl.vraagbaak.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.UiPreferences;
import nl.vraagbaak.search.AlreadyAsked;

/**
 * Window > Voorkeuren > Vraagbaak: the already-asked sensitivity (a fraction, 0 to 1), the numbering of the Word
 * export, the data folder and the workbench language.
 */
public class VraagbaakPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	private String languageAtStart;

	public VraagbaakPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, VraagbaakUi.PLUGIN_ID);
		store.setDefault(UiPreferences.THRESHOLD, Double.toString(AlreadyAsked.DEFAULT_THRESHOLD));
		store.setDefault(UiPreferences.NUMBERING, "plain");
		store.setDefault(UiPreferences.LANGUAGE, "nl");
		store.setDefault(UiPreferences.SPELLING, true);
		languageAtStart = UiPreferences.language();
		setPreferenceStore(store);
		setDescription(Messages.Preferences_description);
	}

	@Override
	protected void createFieldEditors() {
		addField(new FractionFieldEditor(UiPreferences.THRESHOLD, Messages.Preferences_threshold, getFieldEditorParent()));
		addField(new BooleanFieldEditor(UiPreferences.SPELLING, Messages.Preferences_spelling, getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(UiPreferences.NUMBERING, Messages.Preferences_numbering, 2,
				new String[][] { { "1, 2, 3", "plain" }, { "Vraag 1, Vraag 2", "vraag" } }, getFieldEditorParent()));
		addField(new DirectoryFieldEditor(UiPreferences.DATA_FOLDER, Messages.Preferences_dataFolder, getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(UiPreferences.LANGUAGE, Messages.Preferences_language, 2,
				new String[][] { { "Nederlands", "nl" }, { "English", "en" } }, getFieldEditorParent()));
	}

	/** A new language applies after a restart: offer one (the launcher starts again with the new -nl). */
	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		if (ok && !UiPreferences.language().equals(languageAtStart)) {
			languageAtStart = UiPreferences.language();
			IWorkbench workbench = PlatformUI.getWorkbench();
			if (MessageDialog.openQuestion(getShell(), Messages.Preferences_restartTitle, Messages.Preferences_restart)) {
				workbench.getDisplay().asyncExec(workbench::restart);
			}
		}
		return ok;
	}

	/** A number from 0 to 1; anything else keeps the page from being applied, with the reason shown. */
	private static final class FractionFieldEditor extends StringFieldEditor {
		FractionFieldEditor(String name, String label, Composite parent) {
			super(name, label, parent);
			setErrorMessage(Messages.Preferences_thresholdInvalid);
			setEmptyStringAllowed(false);
		}

		@Override
		protected boolean doCheckState() {
			try {
				double value = Double.parseDouble(getStringValue().trim().replace(',', '.'));
				return value >= 0 && value <= 1;
			} catch (NumberFormatException e) {
				return false;
			}
		}
	}
}
