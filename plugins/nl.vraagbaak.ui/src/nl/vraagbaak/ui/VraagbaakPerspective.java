package nl.vraagbaak.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Vraagbaak perspective: dossiers and corpus on the left, drafts in the middle, problems below. */
public class VraagbaakPerspective implements IPerspectiveFactory {
	public static final String ID = "nl.vraagbaak.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// while writing, the draft and its earlier answers need the width: at 1400 pixels the left column took 530 and
		// left the Earlier Answers view 330, too narrow to show an earlier question beside its source
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, editors);
		// the user's own drafts in front (with the line that says how to start one), the corpus behind them
		left.addView(DossiersView.ID);
		left.addView(CorpusView.ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.55f, editors);
		right.addView(EarlierAnswersView.ID);
		right.addView(SearchView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addNewWizardShortcut(NewQuestionSetWizard.ID);
		layout.addShowViewShortcut(CorpusView.ID);
		layout.addShowViewShortcut(EarlierAnswersView.ID);
		layout.addShowViewShortcut(SearchView.ID);
		layout.addShowViewShortcut(DossiersView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
