package nl.vraagbaak.internal.ui;

import java.util.Locale;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.vraagbaak.core.draft.DraftHeading;
import nl.vraagbaak.core.draft.HeadingFormat;
import nl.vraagbaak.core.draft.InvalidHeadingException;

/**
 * The one page of the new-question-set wizard. The heading is checked as the user types with the same parser that
 * reads drafts, so the wizard never creates a draft whose heading the editor would reject.
 */
public final class QuestionSetPage extends WizardPage {
	/** Widget data key: the field's name, for tests. */
	public static final String FIELD_KEY = "vraagbaak.wizard.field";

	private Text dossier;
	private Text file;
	private Text askers;
	private Text addressees;
	private Text subject;
	private DraftHeading heading;
	private final String initialDossier;

	/** @param initialDossier the dossier proposed, the one selected when the wizard was opened */
	public QuestionSetPage(String initialDossier) {
		super("questionSet");
		this.initialDossier = initialDossier;
		setTitle(Messages.Wizard_title);
		setDescription(Messages.Wizard_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		dossier = field(page, Messages.Wizard_dossier, "dossier", initialDossier);
		file = field(page, Messages.Wizard_file, "file", "vragen.kv");
		askers = field(page, Messages.Wizard_askers, "askers", "");
		addressees = field(page, Messages.Wizard_addressees, "addressees", "de minister van Justitie en Veiligheid");
		subject = field(page, Messages.Wizard_subject, "subject", "");
		setControl(page);
	}

	private Text field(Composite page, String label, String key, String initial) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setData(FIELD_KEY, key);
		text.setText(initial);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> validate());
		return text;
	}

	private void validate() {
		heading = null;
		if (dossier.getText().isBlank() || file.getText().isBlank() || askers.getText().isBlank()
				|| addressees.getText().isBlank() || subject.getText().isBlank()) {
			fail(Messages.Wizard_missing);
			return;
		}
		if (ResourcesPlugin.getWorkspace().getRoot().getProject(dossier.getText().trim()).getFile(fileName()).exists()) {
			fail(NLS.bind(Messages.Wizard_exists, fileName()));
			return;
		}
		boolean several = askers.getText().contains(",") || askers.getText().contains(" en ");
		String sentence = "Vragen van " + (several ? "de leden " : "het lid ") + askers.getText().trim() + " aan "
				+ addressees.getText().trim() + " over " + subject.getText().trim().replaceAll("\\.$", "") + ".";
		try {
			heading = HeadingFormat.parse(sentence);
			setErrorMessage(null);
			setPageComplete(true);
		} catch (InvalidHeadingException e) {
			fail(e.text().in(Locale.getDefault()));
		}
	}

	private void fail(String message) {
		setErrorMessage(message);
		setPageComplete(false);
	}

	public DraftHeading heading() {
		return heading;
	}

	public String dossier() {
		return dossier.getText().trim();
	}

	/** The file name, with ".kv" added when the user left it out. */
	public String fileName() {
		String name = file.getText().trim();
		return name.endsWith(".kv") ? name : name + ".kv";
	}
}
