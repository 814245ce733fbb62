package nl.vraagbaak.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.UiPreferences;
import nl.vraagbaak.search.AlreadyAsked;

/**
 * Window > Voorkeuren > Vraagbaak: the already-asked sensitivity (a fraction, 0 to 1), the numbering of the Word
 * export, and the data folder.
 */
public class VraagbaakPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public VraagbaakPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, VraagbaakUi.PLUGIN_ID);
		store.setDefault(UiPreferences.THRESHOLD, Double.toString(AlreadyAsked.DEFAULT_THRESHOLD));
		store.setDefault(UiPreferences.NUMBERING, "plain");
		setPreferenceStore(store);
		setDescription(Messages.Preferences_description);
	}

	@Override
	protected void createFieldEditors() {
		addField(new FractionFieldEditor(UiPreferences.THRESHOLD, Messages.Preferences_threshold, getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(UiPreferences.NUMBERING, Messages.Preferences_numbering, 2,
				new String[][] { { "1, 2, 3", "plain" }, { "Vraag 1, Vraag 2", "vraag" } }, getFieldEditorParent()));
		addField(new DirectoryFieldEditor(UiPreferences.DATA_FOLDER, Messages.Preferences_dataFolder, getFieldEditorParent()));
		Label language = new Label(getFieldEditorParent(), SWT.WRAP);
		language.setText(Messages.Preferences_language);
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
