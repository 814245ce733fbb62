package nl.vraagbaak.internal.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.core.read.DutchDates;
import nl.vraagbaak.docx.ExportOptions;
import nl.vraagbaak.ui.DraftEditor;

/** The options of the Word export: which draft, where to, numbering, and the date of submission (optional). */
public final class ExportWordPage extends WizardPage {
	/** Widget data key of the page's fields ("draft", "target", "date"), for tests. */
	public static final String FIELD_KEY = "vraagbaak.export.field";

	private final IFile initialDraft;
	private Text draftField;
	private Text targetField;
	private Text dateField;
	private Button vraagNumbering;

	public ExportWordPage(IFile draft) {
		super("exportWord");
		this.initialDraft = draft;
		setTitle(Messages.Export_title);
		setDescription(Messages.ExportWizard_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		draftField = field(page, Messages.ExportWizard_draft, "draft",
				initialDraft == null ? "" : initialDraft.getFullPath().toString());
		targetField = field(page, Messages.ExportWizard_target, "target",
				initialDraft == null ? "" : DraftExport.besideDraft(initialDraft).toString());
		draftField.addModifyListener(e -> {
			IFile draft = draft();
			if (draft != null) {
				targetField.setText(DraftExport.besideDraft(draft).toString());
			}
		});
		new Label(page, SWT.NONE).setText(Messages.Preferences_numbering);
		Composite numbering = new Composite(page, SWT.NONE);
		numbering.setLayout(new GridLayout(2, false));
		Button plain = new Button(numbering, SWT.RADIO);
		plain.setText("1, 2, 3");
		vraagNumbering = new Button(numbering, SWT.RADIO);
		vraagNumbering.setText("Vraag 1, Vraag 2");
		boolean vraag = UiPreferences.numbering() == NumberingStyle.VRAAG;
		plain.setSelection(!vraag);
		vraagNumbering.setSelection(vraag);
		dateField = field(page, Messages.ExportWizard_date, "date", "");
		setControl(page);
		validate();
	}

	private Text field(Composite page, String label, String key, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setData(FIELD_KEY, key);
		text.setText(value);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.widthHint = 460;
		text.setLayoutData(layout);
		text.addModifyListener(e -> validate());
		return text;
	}

	private IFile draft() {
		String path = draftField.getText().strip();
		if (path.isEmpty()) {
			return null;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromPortableString(path));
		return DraftEditor.isDraft(resource) ? (IFile) resource : null;
	}

	private void validate() {
		String problem = null;
		if (draft() == null) {
			problem = NLS.bind(Messages.ExportWizard_noDraft, draftField.getText().strip());
		} else if (target() == null) {
			problem = NLS.bind(Messages.ExportWizard_badTarget, targetField.getText().strip());
		} else if (!dateField.getText().isBlank() && date() == null) {
			problem = NLS.bind(Messages.Search_badDate, dateField.getText().strip());
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private Path target() {
		String text = targetField.getText().strip();
		try {
			return text.endsWith(".docx") ? Path.of(text) : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private LocalDate date() {
		try {
			return DutchDates.parseTyped(dateField.getText());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Exports with the chosen options; the draft's unsaved text in an open editor is what gets exported. */
	public boolean export() {
		IFile draft = draft();
		ExportOptions options = new ExportOptions(vraagNumbering.getSelection() ? NumberingStyle.VRAAG : NumberingStyle.PLAIN,
				dateField.getText().isBlank() ? null : date());
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(draft.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(draft.getFullPath(), LocationKind.IFILE);
				return DraftExport.export(getShell(), draft, buffer.getDocument().get(), options, target());
			} finally {
				manager.disconnect(draft.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			setErrorMessage(NLS.bind(Messages.Export_failed, e.getMessage()));
			return false;
		}
	}
}
