package nl.vraagbaak.internal.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The files and folders to import, one per line: typed or pasted (keyboard first) or added with the file and folder
 * choosers. A line that names nothing on disk keeps Finish disabled and is named in the error.
 */
public final class ImportPathsPage extends WizardPage {
	/** Widget data key of the paths field, for tests. */
	public static final String PATHS_KEY = "vraagbaak.import.paths";

	private Text pathsField;

	public ImportPathsPage() {
		super("paths");
		setTitle(Messages.Import_title);
		setDescription(Messages.Import_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		Label label = new Label(page, SWT.WRAP);
		label.setText(Messages.Import_paths);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		pathsField = new Text(page, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		pathsField.setData(PATHS_KEY, Boolean.TRUE);
		GridData fieldLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		fieldLayout.widthHint = 520;
		fieldLayout.heightHint = 160;
		pathsField.setLayoutData(fieldLayout);
		pathsField.addModifyListener(e -> validate());
		Button files = new Button(page, SWT.PUSH);
		files.setText(Messages.Import_addFiles);
		files.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		files.addListener(SWT.Selection, e -> chooseFiles());
		Button folder = new Button(page, SWT.PUSH);
		folder.setText(Messages.Import_addFolder);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		folder.addListener(SWT.Selection, e -> chooseFolder());
		setControl(page);
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.docx;*.pdf;*.csv;*.kv", "*" });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				addLine(Path.of(dialog.getFilterPath(), name).toString());
			}
		}
	}

	private void chooseFolder() {
		String folder = new DirectoryDialog(getShell()).open();
		if (folder != null) {
			addLine(folder);
		}
	}

	private void addLine(String path) {
		String text = pathsField.getText();
		pathsField.setText(text.isBlank() ? path : text.stripTrailing() + "\n" + path);
	}

	private void validate() {
		List<String> lines = pathsField.getText().lines().toList();
		int count = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!exists(line)) {
				setErrorMessage(NLS.bind(Messages.Import_missing, i + 1, line));
				setPageComplete(false);
				return;
			}
			count++;
		}
		setErrorMessage(null);
		setPageComplete(count > 0);
	}

	private static boolean exists(String line) {
		try {
			return Files.exists(Path.of(line));
		} catch (InvalidPathException e) {
			return false;
		}
	}

	/** The paths to import, in the order given. */
	public List<Path> paths() {
		List<Path> paths = new ArrayList<>();
		pathsField.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> paths.add(Path.of(l)));
		return paths;
	}
}
