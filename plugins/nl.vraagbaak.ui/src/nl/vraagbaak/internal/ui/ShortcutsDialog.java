package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

import nl.vraagbaak.ui.NewQuestionSetWizard;

/**
 * Help > Sneltoetsen (Ctrl+Shift+L): the keys for what staff do while writing, in Dutch. Eclipse's key assist lists
 * every binding of the text editor by its English name; this lists a dozen. The keys are read from the active key
 * scheme, so they are the ones that work, and a command without a key is left out.
 */
public final class ShortcutsDialog extends Dialog {
	/** Widget data key of the table, for tests. */
	public static final String TABLE_KEY = "vraagbaak.shortcuts.table";

	/** A command (with its parameters, if any) and what it does for a person writing questions. */
	private record Shortcut(String commandId, Map<String, String> parameters, String purpose) {
	}

	private static final List<Shortcut> SHORTCUTS = List.of(
			new Shortcut(IWorkbenchCommandConstants.FILE_NEW, Map.of("newWizardId", NewQuestionSetWizard.ID),
					Messages.Shortcuts_newQuestionSet),
			new Shortcut(ActionFactory.SAVE.getCommandId(), Map.of(), Messages.Shortcuts_save),
			new Shortcut("nl.vraagbaak.ui.exportDraft", Map.of(), Messages.Shortcuts_export),
			new Shortcut(ITextEditorActionDefinitionIds.QUICK_ASSIST, Map.of(), Messages.Shortcuts_quickFix),
			new Shortcut(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS, Map.of(), Messages.Shortcuts_earlierAnswers),
			new Shortcut("nl.vraagbaak.ui.addFootnote", Map.of(), Messages.Shortcuts_footnote),
			new Shortcut("nl.vraagbaak.ui.openSearch", Map.of(), Messages.Shortcuts_search),
			new Shortcut(ActionFactory.FIND.getCommandId(), Map.of(), Messages.Shortcuts_find),
			new Shortcut(ActionFactory.UNDO.getCommandId(), Map.of(), Messages.Shortcuts_undo),
			new Shortcut(ActionFactory.REDO.getCommandId(), Map.of(), Messages.Shortcuts_redo),
			new Shortcut(ActionFactory.RENAME.getCommandId(), Map.of(), Messages.Shortcuts_rename),
			new Shortcut(ActionFactory.DELETE.getCommandId(), Map.of(), Messages.Shortcuts_delete),
			new Shortcut("nl.vraagbaak.ui.showShortcuts", Map.of(), Messages.Shortcuts_this));

	private final IBindingService bindings;

	public ShortcutsDialog(Shell parent, IBindingService bindings) {
		super(parent);
		this.bindings = bindings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Shortcuts_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData(TABLE_KEY, Boolean.TRUE);
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new TableColumn(table, SWT.LEFT).setText(Messages.Shortcuts_key);
		new TableColumn(table, SWT.LEFT).setText(Messages.Shortcuts_purpose);
		for (String[] row : rows()) {
			new TableItem(table, SWT.NONE).setText(row);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}

	/** Key and purpose of every shortcut that has a key in the active scheme, in the order of {@link #SHORTCUTS}. */
	private List<String[]> rows() {
		Set<String> schemes = activeSchemeAndParents();
		List<String[]> rows = new ArrayList<>();
		for (Shortcut shortcut : SHORTCUTS) {
			Set<String> keys = new LinkedHashSet<>();
			for (Binding binding : bindings.getBindings()) {
				ParameterizedCommand command = binding.getParameterizedCommand();
				if (command != null && schemes.contains(binding.getSchemeId()) && binding.getType() == Binding.SYSTEM
						&& (binding.getPlatform() == null || binding.getPlatform().equals(SWT.getPlatform()))
						&& command.getId().equals(shortcut.commandId())
						&& Objects.equals(command.getParameterMap(), shortcut.parameters())
						&& binding.getTriggerSequence() instanceof KeySequence sequence) {
					keys.add(sequence.format());
				}
			}
			if (!keys.isEmpty()) {
				rows.add(new String[] { String.join(", ", keys), shortcut.purpose() });
			}
		}
		return rows;
	}

	private Set<String> activeSchemeAndParents() {
		Set<String> ids = new HashSet<>();
		Scheme scheme = bindings.getActiveScheme();
		try {
			while (scheme != null && ids.add(scheme.getId())) {
				String parent = scheme.getParentId();
				scheme = parent == null ? null : bindings.getScheme(parent);
			}
		} catch (NotDefinedException e) {
			// an undefined parent ends the chain
		}
		return ids;
	}
}
