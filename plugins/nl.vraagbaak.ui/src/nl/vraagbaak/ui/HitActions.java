package nl.vraagbaak.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.internal.ui.DraftDocuments;
import nl.vraagbaak.internal.ui.HitTable;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.search.CitedPassages;
import nl.vraagbaak.search.HouseStyle;

/**
 * "Citeer" and "Vervolgvraag" beside a list of earlier answers, shared by the Earlier Answers and Search views: they
 * put the selected hit into a question of a draft, as a footnote or as the opening of a follow-up (each one undoable
 * change). Double-click (or Enter) on a hit cites it.
 */
final class HitActions {
	/** The question a hit goes to: its draft's text and its number (1-based). */
	record Target(IDocument document, int question) {
	}

	private final HitTable table;
	private final Supplier<Optional<Target>> target;
	private final Consumer<String> say;
	private final String noTarget;

	/**
	 * @param target      the question the actions act on now, if any
	 * @param say         tells the user why nothing happened (the view's status line)
	 * @param noTarget    what it says when there is no such question
	 * @param citeKey     the widget data key tests find the cite button by
	 * @param followUpKey the one they find the follow-up button by
	 */
	static void create(Composite parent, HitTable table, Supplier<Optional<Target>> target, Consumer<String> say,
			String noTarget, String citeKey, String followUpKey) {
		HitActions actions = new HitActions(table, target, say, noTarget);
		Button cite = new Button(parent, SWT.PUSH);
		cite.setText(Messages.EarlierAnswers_cite);
		cite.setToolTipText(Messages.EarlierAnswers_citeTip);
		cite.setData(citeKey, Boolean.TRUE);
		cite.addListener(SWT.Selection, e -> actions.cite());
		Button followUp = new Button(parent, SWT.PUSH);
		followUp.setText(Messages.EarlierAnswers_followUp);
		followUp.setToolTipText(Messages.EarlierAnswers_followUpTip);
		followUp.setData(followUpKey, Boolean.TRUE);
		followUp.setEnabled(false);
		followUp.addListener(SWT.Selection, e -> actions.followUp());
		// a question not yet answered has no answer to open with
		table.viewer().addSelectionChangedListener(
				e -> followUp.setEnabled(table.selected().filter(HouseStyle::canFollowUp).isPresent()));
		table.viewer().addDoubleClickListener(e -> actions.cite());
	}

	private HitActions(HitTable table, Supplier<Optional<Target>> target, Consumer<String> say, String noTarget) {
		this.table = table;
		this.target = target;
		this.say = say;
		this.noTarget = noTarget;
	}

	private void cite() {
		table.selected().ifPresent(hit -> withTarget(to -> {
			// citing it again would add a second footnote with the same source
			Draft draft = DraftFormat.parse(to.document().get()).draft();
			if (to.question() <= draft.questions().size() && CitedPassages.of(draft, to.question()).cites(hit)) {
				return Optional.of(NLS.bind(Messages.EarlierAnswers_alreadyCited, to.question()));
			}
			return DraftDocuments.addFootnote(to.document(), to.question(), HouseStyle.citation(hit));
		}));
	}

	private void followUp() {
		table.selected().filter(HouseStyle::canFollowUp).ifPresent(hit -> withTarget(to -> DraftDocuments
				.editQuestion(to.document(), to.question(), d -> HouseStyle.followUp(d, to.question(), hit))));
	}

	/** @param action the edit, giving why it was not made (a draft with errors is left as it is), if it was not */
	private void withTarget(Function<Target, Optional<String>> action) {
		Optional<Target> to = target.get();
		if (to.isPresent()) {
			action.apply(to.get()).ifPresent(say);
		} else {
			say.accept(noTarget);
		}
	}
}
