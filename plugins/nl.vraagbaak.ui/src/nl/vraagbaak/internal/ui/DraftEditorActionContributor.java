package nl.vraagbaak.internal.ui;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.SubContributionItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * The draft editor's menu actions: those of Eclipse's text editor (undo, clipboard, find, go to line, quick fix),
 * without its commands for programmers. Incremental find, word completion, the tooltip command and "set character
 * set" (drafts are UTF-8 by definition) crowded the Edit menu of staff writing questions; Ctrl+F and Ctrl+K find,
 * the hovers and Ctrl+Space do the rest. The programmers' commands that plugin.xml files contribute are hidden by
 * the application's activity.
 */
public final class DraftEditorActionContributor extends TextEditorActionContributor {
	private static final Set<String> FOR_PROGRAMMERS = Set.of("org.eclipse.ui.edit.findIncremental",
			"org.eclipse.ui.edit.findIncrementalReverse", "org.eclipse.ui.edit.text.hippieCompletion",
			"org.eclipse.ui.edit.text.showInformation");

	/** The Edit menu's items once the menu contributions are made, before init adds its own. */
	private List<IContributionItem> contributed = List.of();

	@Override
	public void contributeToMenu(IMenuManager menu) {
		super.contributeToMenu(menu);
		IMenuManager edit = menu.findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
		if (edit != null) {
			for (IContributionItem item : edit.getItems()) {
				IContributionItem inner = unwrapped(item);
				if (inner instanceof ActionContributionItem action
						&& FOR_PROGRAMMERS.contains(action.getAction().getActionDefinitionId())) {
					edit.remove(inner);
				}
			}
			contributed = List.of(edit.getItems());
		}
	}

	/** The text editor's contributor adds "set character set", which has no command id, after its menu items. */
	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		IMenuManager edit = bars.getMenuManager().findMenuUsingPath(IWorkbenchActionConstants.M_EDIT);
		if (edit != null) {
			for (IContributionItem item : edit.getItems()) {
				if (!contributed.contains(item)) {
					edit.remove(unwrapped(item));
				}
			}
		}
	}

	/**
	 * An editor's contributions reach the menu wrapped (to be taken out when another editor is active); the
	 * editor's sub-menu removes a wrapped item when given the item itself.
	 */
	private static IContributionItem unwrapped(IContributionItem item) {
		return item instanceof SubContributionItem sub ? sub.getInnerItem() : item;
	}
}
